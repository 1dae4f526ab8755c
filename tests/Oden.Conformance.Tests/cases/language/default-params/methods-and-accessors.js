// Defaults and patterns in object methods, setters and nested functions.
const o = {
  base: 10,
  add(x = 1, { y = 2 } = {}) { return this.base + x + y; },
  set value({ v = 'none' }) { this._v = v; },
  get value() { return this._v; },
  nested(a = this.base) { return function inner(b = a * 2) { return [a, b]; }; },
};
console.log(o.add(), o.add(5), o.add(5, { y: 5 }));
o.value = {};
console.log(o.value);
o.value = { v: 'set' };
console.log(o.value);
console.log(o.nested()(), o.nested(1)(3));
console.log(o.add.length, Object.getOwnPropertyDescriptor(o, 'value').set.length);
