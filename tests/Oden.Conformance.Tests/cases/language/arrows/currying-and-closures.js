var add = a => b => c => a + b + c;
console.log(add(1)(2)(3));
var counter = (() => { var n = 0; return () => ++n; })();
counter(); counter();
console.log(counter());
var compose = (f, g) => x => f(g(x));
console.log(compose(x => x + 1, x => x * 10)(2));
