// map and filter fill a fresh result array directly when it is their own (no species constructor):
// holes, getters and prototype elements in the source, sources changed by the callback, array-likes,
// species constructors that see or return other arrays, and the sort comparator's result conversion.
const log = (...a) => console.log(...a.map((x) => JSON.stringify(x)));
const show = (a) => `${a.length}:${Object.keys(a).join(',')}:${JSON.stringify(a)}`;

// Holes stay holes in map and are skipped by filter; a prototype element fills a hole.
const holey = [1, , 3, , 5];
log(show(holey.map((x) => x * 2)), show(holey.filter(() => true)), show(holey.map((x, i) => i)));
Array.prototype[1] = 'proto';
log(show(holey.map((x) => x)), show(holey.filter((x) => typeof x === 'string')));
delete Array.prototype[1];

// Getters on elements run in order; the callback grows, shrinks and rewrites the source.
const order = [];
const withGetter = [0, 1, 2];
Object.defineProperty(withGetter, 1, { get() { order.push('get1'); return 'g'; }, enumerable: true, configurable: true });
log(withGetter.map((x) => { order.push('cb' + x); return x; }), order);
const growing = [1, 2, 3];
log(growing.map((x, i, arr) => { if (i === 0) arr.push(99); return x + arr.length; }), growing.length);
const shrinking = [1, 2, 3, 4];
log(show(shrinking.map((x, i, arr) => { if (i === 0) arr.length = 2; return x; })), show([1, 2, 3, 4].filter((x, i, arr) => { arr[i + 1] = 'x'; return true; })));

// Array-likes, strings and typed sources; map keeps the length, filter packs.
log(show(Array.prototype.map.call({ length: 3, 0: 'a', 2: 'c' }, (x) => x + '!')), Array.prototype.filter.call('hello', (c) => c !== 'l'));
log(show(Array.prototype.map.call({ length: 2000, 1999: 'last' }, (x) => x)).length, Array.prototype.filter.call({ length: 3, 0: 1, 1: 2, 2: 3 }, (x) => x & 1));

// Species: a subclass, a constructor whose species returns a shared array, null and undefined species.
class Tagged extends Array {}
const t = Tagged.from([1, 2, 3]);
log(t.map((x) => x) instanceof Tagged, t.filter((x) => x > 1) instanceof Tagged, show(t.filter((x) => x > 1)));
const shared = [];
const custom = [1, 2, 3];
custom.constructor = { [Symbol.species]: function (n) { shared.length = 0; return shared; } };
const mapped = custom.map((x) => { shared.seen = (shared.seen || 0) + 1; return x * 10; });
log(mapped === shared, show(shared), shared.seen, show(custom.filter((x) => x !== 2)));
const nullSpecies = [4, 5];
nullSpecies.constructor = { [Symbol.species]: null };
log(Array.isArray(nullSpecies.map((x) => x)), nullSpecies.filter(Boolean).constructor === Array);
const frozenTarget = [1, 2];
frozenTarget.constructor = { [Symbol.species]: function () { return Object.freeze([]); } };
try { frozenTarget.map((x) => x); log('no error'); } catch (e) { log(e.constructor.name); }
try { frozenTarget.filter((x) => x); log('no error'); } catch (e) { log(e.constructor.name); }

// The results are ordinary arrays: extensible, writable length, usable afterwards.
const r = [1, 2, 3, 4, 5, 6].filter((x) => x % 2 === 0);
r.push(8);
log(show(r), Object.isExtensible(r), r.length = 1, show(r), show([].filter(() => true)), show([0, 0].filter(() => false)));

// Big sources (storage sized from the source) and mostly rejected filters.
const big = Array.from({ length: 3000 }, (_, i) => i);
const kept = big.filter((x) => x % 1000 === 7);
log(show(kept), big.map((x) => x * 2)[2999], big.filter(() => true).length);

// sort: comparator results that are not plain numbers.
log([3, 1, 2].sort(() => NaN), [3, 1, 2].sort((a, b) => ({ valueOf: () => a - b })), [3, 1, 2].sort((a, b) => (a < b ? -0 : 1)));
log([3, 1, 2].sort((a, b) => String(a - b)), [3, 1, 2].sort((a, b) => a > b), ['b', undefined, 'a', , 'c'].sort((a, b) => (a < b ? -1 : 1)));
