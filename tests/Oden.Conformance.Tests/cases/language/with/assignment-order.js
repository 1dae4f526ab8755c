// A reference is resolved before the right-hand side is evaluated.
var p = { y: 1 };
var y = 'var y';
with (p) {
  y = (p.y = 5, 'second');
}
console.log(p.y, y);

var calls = [];
var q = { f: function () { calls.push('f this ok: ' + (this === q)); } };
with (q) {
  f(calls.push('arg'));
}
console.log(calls.join(', '));
