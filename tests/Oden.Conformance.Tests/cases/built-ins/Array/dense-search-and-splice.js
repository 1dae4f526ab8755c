// indexOf/includes/lastIndexOf and splice on dense arrays (scanned and moved in place) and on the cases
// that must take the generic steps: holes, prototype index properties, getters that mutate, species.
const r = [];
const nums = [1, 2, NaN, -0, 3, '3', 2];
r.push(nums.indexOf(2), nums.indexOf(2, 2), nums.indexOf(NaN), nums.includes(NaN), nums.indexOf(0), nums.includes(0));
r.push(nums.indexOf('3'), nums.indexOf(3), nums.includes('2'), nums.indexOf(2, -1), nums.includes(1, 1), nums.indexOf(9));
const o = {}, strs = ['a', 'b' + 'c', o, null, undefined];
r.push(strs.indexOf('bc'), strs.indexOf(o), strs.includes({}), strs.indexOf(null), strs.indexOf(undefined), strs.includes(undefined));
// Holes: includes reads them as undefined (or from the prototype), indexOf skips them.
const holes = [1, , 3, , 5];
r.push(holes.includes(undefined), holes.indexOf(undefined), holes.indexOf(5), holes.includes(5), holes.lastIndexOf(3));
Array.prototype[1] = 'proto';
r.push(holes.indexOf('proto'), holes.includes('proto'), holes.lastIndexOf('proto'), [1, 2].indexOf('proto'));
delete Array.prototype[1];
r.push(holes.indexOf('proto'), holes.includes('proto'));
// A getter on the prototype for a hole that changes the array while indexOf runs.
const g = [1, , 3, 4];
Object.defineProperty(Array.prototype, 1, { get() { g.length = 2; g.push(9); return 7; }, configurable: true });
r.push(g.indexOf(9), g.indexOf(7), JSON.stringify(g));
const g2 = [1, , 3, 4];
r.push(g2.includes(3), g2.includes(7));
delete Array.prototype[1];
// Array-likes and strings-as-this.
r.push(Array.prototype.indexOf.call({ length: 3, 0: 'x', 2: 'y' }, 'y'), Array.prototype.includes.call('abc', 'b'));
// fromIndex beyond length, negative, fractional.
r.push([1, 2, 3].indexOf(3, 5), [1, 2, 3].includes(1, -10), [1, 2, 3].indexOf(3, 1.7), [1, 2, 3].includes(3, Infinity));
console.log(JSON.stringify(r));

// splice: shrink, grow, same size, at the ends, with holes, on a frozen array, with species.
const show = (a) => JSON.stringify(a) + ':' + a.length + ':' + Object.keys(a).join(',');
let a = [0, 1, 2, 3, 4, 5, 6, 7];
console.log(show(a.splice(2, 3)), show(a));
a = [0, 1, 2, 3];
console.log(show(a.splice(1, 1, 'a', 'b', 'c')), show(a));
a = [0, 1, 2, 3];
console.log(show(a.splice(1, 2, 'x', 'y')), show(a));
a = [0, 1, 2, 3];
console.log(show(a.splice(0)), show(a), show([5, 6].splice(2, 0, 7)));
a = [0, 1, 2, 3];
console.log(show(a.splice(-1, 5, 9)), show(a));
a = [0, , 2, 3, , 5];
console.log(show(a.splice(1, 2, 'h')), show(a), 1 in a, 3 in a);
a = [0, 1, 2, 3];
console.log(show(a.splice(3, 0, 'p', 'q')), show(a));
Array.prototype[5] = 'P';
a = [0, 1, 2, 3, 4, 5, 6];
console.log(show(a.splice(1, 3)), show(a), a[5]);
delete Array.prototype[5];
const frozen = Object.freeze([1, 2, 3]);
try { frozen.splice(0, 1); } catch (e) { console.log(e.constructor.name, show(frozen)); }
const sealed = Object.seal([1, 2, 3]);
try { sealed.splice(1, 0, 9); } catch (e) { console.log(e.constructor.name, show(sealed)); }
const fixedLen = [1, 2, 3];
Object.defineProperty(fixedLen, 'length', { writable: false });
try { fixedLen.splice(1, 1); } catch (e) { console.log(e.constructor.name, show(fixedLen)); }
class MyArray extends Array {}
const m = MyArray.from([1, 2, 3, 4]);
const removed = m.splice(1, 2, 'z');
console.log(removed instanceof MyArray, show(removed), show(m));
const victim = [1, 2, 3, 4, 5];
victim.constructor = { [Symbol.species]: function (n) { victim.length = 1; return new Array(n); } };
console.log(show(victim.splice(1, 2, 'v')), show(victim));
const big = Array.from({ length: 1000 }, (_, i) => i);
for (let i = 0; i < 100; i++) big.splice(i * 3, 2, i, -i, i * 2);
console.log(big.length, big.slice(0, 12).join(), big.slice(-5).join(), big.indexOf(-99), big.includes(-100));
