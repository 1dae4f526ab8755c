class OrderedSet extends Set {
  toArray() { return Array.from(this); }
  union(other) { const r = new this.constructor(this); for (const x of other) r.add(x); return r; }
}
const s = new OrderedSet([3, 1]);
const u = s.union([2, 3]);
console.log(u instanceof OrderedSet, u.toArray().join(), u.size);
class CountingMap extends Map {
  set(k, v) { this.writes = (this.writes || 0) + 1; return super.set(k, v); }
}
const m = new CountingMap([['a', 1], ['b', 2]]);
console.log(m.writes, m.size, JSON.stringify(Array.from(m)));
const keys = [];
m.forEach((v, k) => keys.push(k + v));
console.log(keys.join(), Array.from(m.keys()).join(), Array.from(m.values()).join());
for (const [k, v] of m) keys.push(k.toUpperCase() + v);
console.log(keys.join());
console.log(Object.getPrototypeOf(m[Symbol.iterator]()) === Object.getPrototypeOf(new Map()[Symbol.iterator]()));
