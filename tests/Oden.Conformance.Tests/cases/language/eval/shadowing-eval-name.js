// A call is a direct eval when the callee is named eval and is the real eval, however it got there.
var realEval = eval;
function f() {
  var eval = realEval;
  var local = 'seen';
  return eval('local');
}
console.log(f());
function g() {
  var eval = function (s) { return 'fake: ' + s; };
  return eval('1 + 1');
}
console.log(g());
function h() {
  var local = 'hidden';
  var obj = { eval: realEval };
  try { return obj.eval('local'); } catch (e) { return e.name; }
}
console.log(h());
function withEval() {
  var local = 'from function';
  with ({ eval: realEval }) {
    return eval('local');
  }
}
console.log(withEval());
