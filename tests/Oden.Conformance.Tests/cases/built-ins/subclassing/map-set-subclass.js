class DefaultMap extends Map {
  constructor(factory, entries) { super(entries); this.factory = factory; }
  get(k) { if (!this.has(k)) this.set(k, this.factory()); return super.get(k); }
}
const m = new DefaultMap(() => []);
m.get('a').push(1);
m.get('a').push(2);
console.log(JSON.stringify(m.get('a')), m.size, m instanceof Map, m instanceof DefaultMap);
const m2 = new DefaultMap(() => 0, [['x', 1]]);
console.log(m2.get('x'), m2.get('y'), m2.size);
class TrackingSet extends Set {
  add(v) { this.added = (this.added || 0) + 1; return super.add(v); }
}
const s = new TrackingSet([1, 2, 2, 3]);
console.log(s.size, s.added, s.has(2), Array.from(s).join());
try { Map.prototype.get.call({}, 1); } catch (e) { console.log(e.constructor.name); }
class WM extends WeakMap {}
const wm = new WM(); const key = {};
wm.set(key, 1);
console.log(wm.get(key), wm instanceof WeakMap);
class WS extends WeakSet {}
const ws = new WS([key]);
console.log(ws.has(key));
console.log(Object.prototype.toString.call(m), Object.prototype.toString.call(s));
