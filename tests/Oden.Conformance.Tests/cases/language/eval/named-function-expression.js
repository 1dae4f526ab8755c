// A named function expression's own name is visible to eval, and read-only.
var f = function self(n) {
  if (n > 0) return eval('self(n - 1)');
  eval('self = 1');
  return typeof self;
};
console.log(f(3));
var s = function strictSelf() {
  'use strict';
  try { eval('strictSelf = 1'); } catch (e) { return e.name; }
};
console.log(s());
