// Member and element targets are evaluated once; setters run only when assigning.
const log = [];
const o = {
  _v: 0,
  get v() { log.push('get'); return this._v; },
  set v(x) { log.push('set ' + x); this._v = x; },
};
o.v ||= 5;
o.v ||= 6;
o.v &&= 7;
o.v ??= 8;
console.log(o._v, log.join(', '));
log.length = 0;
function target() { log.push('target'); return o; }
function key() { log.push('key'); return 'v'; }
target()[key()] ||= 9;
console.log(log.join(', '));
const counts = {};
for (const w of ['a', 'b', 'a', 'c', 'a']) { counts[w] ??= 0; counts[w]++; }
console.log(JSON.stringify(counts));
const cache = {};
function memo(k) { return (cache[k] ||= k.toUpperCase()); }
console.log(memo('x'), memo('x'), Object.keys(cache).join());
const arr = [null, 0, 'x'];
arr[0] ??= 'filled';
arr[1] ||= 'one';
arr[2] &&= 'two';
console.log(arr);
let conversions = 0;
const k = { toString() { conversions++; return 'p'; } };
const obj = {};
obj[k] ??= 'converted once';
console.log(obj.p, conversions);
