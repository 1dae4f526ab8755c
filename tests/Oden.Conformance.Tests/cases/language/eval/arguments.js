// arguments inside eval is the caller's arguments object (mapped in sloppy functions).
function f(a, b) {
  var len = eval('arguments.length');
  eval('arguments[0] = "changed"');
  return [len, a, b, eval('arguments[1]')].join(',');
}
console.log(f(1, 2, 3));
function g(a) {
  eval('a = "via name"');
  return arguments[0];
}
console.log(g('orig'));
function h() { return eval('Array.prototype.slice.call(arguments).join("+")'); }
console.log(h(1, 2, 3));
function strictArgs(a) {
  'use strict';
  eval('arguments[0] = "x"');
  return a;
}
console.log(strictArgs('kept'));
