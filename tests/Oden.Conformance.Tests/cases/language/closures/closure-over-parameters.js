function adder(x) { return function (y) { x += y; return x; }; }
var a = adder(10);
console.log(a(1), a(2), a(3));
var b = adder(0);
console.log(b(5), a(0));
