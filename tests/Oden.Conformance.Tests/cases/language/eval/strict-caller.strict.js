'use strict';
// In strict code, eval'd code is strict and keeps its vars and functions to itself.
function f() {
  eval('var x = 1; function g() { return 2; }');
  return typeof x + ',' + typeof g;
}
console.log(f());
function h() {
  var local = 10;
  eval('local = local + 1');
  return local;
}
console.log(h());
try { eval('undeclaredStrict = 1'); } catch (e) { console.log(e.name); }
console.log(eval('var v = 3; v + 1'), typeof v);
function thisValue() { return eval('this'); }
console.log(thisValue());
try { eval('with ({}) {}'); } catch (e) { console.log(e.name); }
try { eval('delete Object.prototype'); } catch (e) { console.log(e.name); }
