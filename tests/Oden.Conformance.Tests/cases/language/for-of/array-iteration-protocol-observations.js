// for-of over arrays iterated by the intrinsic values() and next: mutation during the loop, holes read
// through the prototype, break/return/throw looking up "return" on a real Array Iterator, a replaced next,
// yield* and destructuring over arrays, an iterator resumed by for-of, own and patched @@iterator.
const log = [];
const a = [1, 2, 3];
for (const x of a) { log.push(x); if (x === 1) a.push(4); if (x === 2) a.length = 3; }
console.log(log.join());
const holes = [1, , 3];
Object.defineProperty(Array.prototype, 1, { get() { return 'proto' + this.length; }, configurable: true });
for (const x of holes) log.push(x);
delete Array.prototype[1];
console.log(log.join());
const ArrayIteratorProto = Object.getPrototypeOf([][Symbol.iterator]());
let returns = 0;
ArrayIteratorProto.return = function () { returns++; console.log('return this is iterator', Object.getPrototypeOf(this) === ArrayIteratorProto, this.next().value); return {}; };
for (const x of [10, 20, 30]) { if (x === 20) break; }
function f() { for (const x of [1, 2, 3]) { if (x === 2) return x; } }
f();
try { for (const x of [5, 6, 7]) { if (x === 6) throw new Error('e'); } } catch (e) { console.log('caught', e.message); }
for (const x of [1]) {}
console.log('returns', returns);
delete ArrayIteratorProto.return;
const origNext = ArrayIteratorProto.next;
let calls = 0;
ArrayIteratorProto.next = function () { calls++; return origNext.call(this); };
for (const x of [1, 2, 3]) log.push(x * 10);
console.log(calls, log.slice(-3).join());
let swapped = 0;
ArrayIteratorProto.next = origNext;
for (const x of [1, 2, 3]) { if (x === 1) ArrayIteratorProto.next = function () { swapped++; return { done: true }; }; log.push(x); }
ArrayIteratorProto.next = origNext;
console.log(swapped, log.slice(-3).join());
function* g() { yield* [7, 8, 9]; }
console.log([...g()].join(), Array.from(g()).join());
const [p, q, ...r] = [1, 2, 3, 4];
console.log(p, q, r.join());
const it = [1, 2, 3][Symbol.iterator]();
it.next();
for (const x of it) log.push('it' + x);
console.log(log.slice(-2).join());
const arr2 = [1, 2, 3];
arr2[Symbol.iterator] = function* () { yield 'own'; };
for (const x of arr2) console.log(x);
Array.prototype[Symbol.iterator] = function* () { yield 'patched'; };
for (const x of [1, 2]) console.log(x);
