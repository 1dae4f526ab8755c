// slice copies into a fresh result array of its own: holes (and prototype elements or getters found
// through them, which may change the source), getters on elements, array-likes, species, bounds.
const log = (...a) => console.log(...a.map((x) => JSON.stringify(x)));
const show = (a) => `${a.length}:${Object.keys(a).join(',')}:${JSON.stringify(a)}`;
const src = [0, 1, , 3, 4, , 6];
log(show(src.slice()), show(src.slice(1, 4)), show(src.slice(-3)), show(src.slice(5, 2)), show(src.slice(2, 3)));
Object.defineProperty(Array.prototype, 2, { get() { src[4] = 'changed'; src.length = 5; return 'proto2'; }, configurable: true });
const sliced = src.slice();
delete Array.prototype[2];
log(show(sliced), show(src));
const getters = [1, 2, 3];
Object.defineProperty(getters, 1, { get() { getters.push(4); return 'g'; }, enumerable: true });
log(show(getters.slice()), getters.length);
log(show(Array.prototype.slice.call({ length: 4, 1: 'b', 3: 'd' }, 1)), show(Array.prototype.slice.call('abc', -2)));
log(show(Array.prototype.slice.call({ length: 2 ** 53 - 1, [2 ** 53 - 3]: 'x', [2 ** 53 - 2]: 'y' }, -2)));
class Sub extends Array {}
log(Sub.from([1, 2, 3]).slice(1) instanceof Sub, show(Sub.from([1, 2, 3]).slice(1)));
const viaSpecies = [1, 2, 3];
viaSpecies.constructor = { [Symbol.species]: function (n) { this.made = n; return this; } };
log(JSON.stringify(viaSpecies.slice(1)), show([...Array(3000).keys()].slice(2990)));
const copy = [1, 2, 3].slice();
copy.push(4);
copy[10] = 10;
log(show(copy), Object.isExtensible(copy));
