function apply(f, x) { return f(x); }
function compose(f, g) { return function (x) { return f(g(x)); }; }
function inc(x) { return x + 1; }
function dbl(x) { return x * 2; }
console.log(apply(inc, 1));
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5));
var table = { add: function (a, b) { return a + b; }, mul: function (a, b) { return a * b; } };
['add', 'mul'].forEach(function (op) { console.log(op, table[op](3, 4)); });
