// Accessors on the with object run for reads and writes.
var log = [];
var o = {
  _v: 1,
  get v() { log.push('get'); return this._v; },
  set v(x) { log.push('set ' + x); this._v = x; },
};
with (o) {
  v = v + 1;
  console.log(v);
}
console.log(log.join(','), o._v);
var ro = {};
Object.defineProperty(ro, 'fixed', { value: 1, writable: false });
with (ro) {
  fixed = 2;
  console.log(fixed);
}
