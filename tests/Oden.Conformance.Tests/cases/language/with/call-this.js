// A call of a name found on the with object gets the object as `this`.
var o = {
  name: 'o',
  who: function () { return this === o ? 'o' : typeof this; },
  get self() { return this; },
};
function outer() { return this === undefined ? 'undefined' : this === globalThis ? 'global' : 'other'; }
function strictOuter() { 'use strict'; return this === undefined ? 'undefined' : 'other'; }
with (o) {
  console.log(who());
  console.log(outer());
  console.log(strictOuter());
  console.log(self === o);
  console.log(name);
}
var proto = { greet: function () { return 'hi from ' + this.tag; } };
var child = Object.create(proto);
child.tag = 'child';
with (child) {
  console.log(greet());
  console.log(toString === Object.prototype.toString);
}
var box = { v: 1 };
with (box) {
  var get = function () { return v; };
}
box.v = 42;
console.log(get());
