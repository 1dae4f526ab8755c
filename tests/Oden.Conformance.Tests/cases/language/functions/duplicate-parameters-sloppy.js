function f(a, a) { return a; }
console.log(f(1, 2));
console.log(f(1));
console.log(f.length);
