function f(a, a) { return a; }
console.log(f(1, 2));
console.log(f(1));
console.log(f.length);
function g(x, y, x) { return x + ':' + y; }
console.log(g(1, 2, 3), g(1, 2));
