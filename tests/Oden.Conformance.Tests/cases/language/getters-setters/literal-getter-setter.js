var o = {
  _v: 1,
  get v() { return this._v * 10; },
  set v(x) { this._v = x; }
};
console.log(o.v);
o.v = 5;
console.log(o.v, o._v);
var d = Object.getOwnPropertyDescriptor(o, 'v');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, 'value' in d);
