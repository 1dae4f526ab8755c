// "use strict" in the eval'd source gives the eval its own variable environment.
function f() {
  eval('"use strict"; var x = 1; function g() {}');
  return typeof x + ',' + typeof g;
}
console.log(f());
function h() {
  var r = eval('"use strict"; var y = 5; y * 2');
  return r + ',' + typeof y;
}
console.log(h());
function readsStill() {
  var outerValue = 'outer';
  return eval('"use strict"; outerValue + "!"');
}
console.log(readsStill());
function strictThis() {
  return eval('"use strict"; this === undefined');
}
console.log(strictThis());
try {
  eval('"use strict"; undeclared = 1');
} catch (e) { console.log(e.name); }
