var fact = function (n) { return n <= 1 ? 1 : n * arguments.callee(n - 1); };
console.log(fact(6));
function self() { return arguments.callee === self; }
console.log(self());
var counter = function () { arguments.callee.count = (arguments.callee.count || 0) + 1; return arguments.callee.count; };
counter(); counter();
console.log(counter.count);
