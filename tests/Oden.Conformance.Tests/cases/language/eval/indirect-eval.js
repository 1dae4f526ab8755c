// Indirect eval runs in the global scope, whatever the caller's scope.
globalThis.g = 'global g';
function f() {
  var g = 'local g';
  var direct = eval('g');
  var indirect1 = (0, eval)('g');
  var e = eval;
  var indirect2 = e('g');
  var indirect3 = globalThis.eval('g');
  var indirect4 = eval.call(null, 'g');
  var indirect5 = [eval][0]('g');
  return [direct, indirect1, indirect2, indirect3, indirect4, indirect5].join(' | ');
}
console.log(f());
function thisOf() { return (0, eval)('this') === globalThis; }
console.log(thisOf());
function locals() {
  var secret = 1;
  try { (0, eval)('secret'); } catch (e) { return e.name; }
}
console.log(locals());
console.log((0, eval)('typeof require'), typeof require);
function strictCaller() { 'use strict'; return (0, eval)('var sloppyGlobal = 1; typeof sloppyGlobal'); }
console.log(strictCaller(), typeof sloppyGlobal, globalThis.sloppyGlobal);
delete globalThis.sloppyGlobal;
