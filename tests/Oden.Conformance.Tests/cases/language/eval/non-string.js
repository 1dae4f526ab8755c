// eval returns a non-string argument unchanged and ignores extra arguments.
var o = { a: 1 };
console.log(eval(42), eval(o) === o, eval(null), eval(undefined), eval(), eval(true));
console.log(eval('1 + 1', 'ignored'));
console.log(typeof eval(function () {}));
console.log(eval(new String('1 + 2')) instanceof String);
console.log(eval.length, eval.name, typeof eval);
console.log((0, eval)(7));
var arr = [1, 2];
console.log(eval(arr) === arr);
