// JSON.parse's reviver and JSON.stringify on plain objects, where the builtins read shapes directly:
// the key list is fixed before the walk, values are read again after toJSON, replacers and revivers
// change the object, getters, non-enumerable and symbol keys, inherited values after a delete.
const log = (...a) => console.log(...a.map((x) => JSON.stringify(x)));

// A reviver that deletes a later sibling, adds one, and redefines one as a non-enumerable or a getter.
const seen = [];
const revived = JSON.parse('{"a":1,"b":2,"c":3,"d":{"e":5,"f":6},"g":[1,2,3]}', function (key, value) {
  seen.push(key);
  if (key === 'a') { delete this.b; this.z = 26; }
  if (key === 'c') Object.defineProperty(this, 'd', { value: 'hidden', enumerable: false, writable: true, configurable: true });
  if (key === 'e') Object.defineProperty(this, 'f', { get() { return 'got'; }, enumerable: true, configurable: true });
  if (key === '1') return undefined;
  return typeof value === 'number' ? value * 10 : value;
});
log(seen, revived, Object.getOwnPropertyDescriptor(revived, 'd'), revived.g);

// A reviver that freezes the holder: the write-back fails silently as CreateDataProperty does.
log(JSON.parse('{"a":1,"b":2}', function (k, v) { if (k === 'a') Object.freeze(this); return k === '' ? v : v + 1; }));
log(JSON.parse('[1,2,3]', function (k, v) { if (k === '0') Object.freeze(this); return Array.isArray(v) ? v : v * 2; }));

// The reviver's this, and holes/extra elements created during the walk.
log(JSON.parse('[1,[2,3]]', function (k, v) { if (k === '0') this.push(9); return v; }));
log(JSON.parse('{"x":{"y":1}}', function (k, v) { return k === 'y' ? Object.keys(this) : v; }));

// stringify: toJSON of an earlier member deletes a later one, adds one, and turns one into a getter.
const proto = { late: 'from proto' };
const o = Object.assign(Object.create(proto), {
  first: { toJSON() { delete o.late; o.added = 1; Object.defineProperty(o, 'third', { get: () => 'getter', enumerable: true, configurable: true }); return 'F'; } },
  late: 'own',
  third: 3,
});
log(JSON.stringify(o), JSON.stringify(o));

// Getters, non-enumerable members, symbol keys, index keys, undefined/function values, nested toJSON.
const g = { b: 1, get a() { return 'A'; }, [Symbol('s')]: 1, 1: 'one', u: undefined, f() {}, d: new Date(0), n: { toJSON(k) { return 'key:' + k; } } };
Object.defineProperty(g, 'hidden', { value: 1, enumerable: false });
log(JSON.stringify(g), JSON.stringify(g, null, 2));

// A replacer function that edits the holder, and a replacer list over plain objects.
log(JSON.stringify({ a: 1, b: { c: 2 }, d: 3 }, function (k, v) { if (k === 'a') delete this.d; return v; }));
log(JSON.stringify({ a: 1, b: { a: 2, c: 3 }, c: 4 }, ['c', 'a']), JSON.stringify({ a: [{ b: 1, c: 2 }] }, ['a', 'b'], '\t'));

// Objects that are not plain: class instances, null-prototype objects, arrays with named members, proxies.
class P { constructor() { this.x = 1; this.y = [2]; } get z() { return 3; } }
const bare = Object.create(null);
bare.k = 'v';
const arr = [1, 2];
arr.named = 'ignored';
log(JSON.stringify([new P(), bare, arr, new Proxy({ p: 1, q: 2 }, { get: (t, k) => (k === 'p' ? 'trapped' : t[k]) })]));

// Round trip of many records (shapes replayed on both sides) with escapes and indentation.
const recs = Array.from({ length: 5 }, (_, i) => ({ id: i, s: 'q"\\\n' + i, nested: { t: [i, { u: i }] } }));
const back = JSON.parse(JSON.stringify(recs, null, 1));
log(JSON.stringify(back) === JSON.stringify(recs), JSON.stringify(recs, null, ' ').length, back[4]);
