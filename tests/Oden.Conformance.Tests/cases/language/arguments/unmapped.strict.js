'use strict';
function f(a, b) {
  arguments[0] = 'changed via arguments';
  b = 'changed via param';
  return [a, arguments[1]].join(' | ');
}
console.log(f('a0', 'b0'));
function h(a) {
  a = 'new';
  return arguments[0];
}
console.log(h('old'));
