// Patterns in for-of heads: declarations (var/let/const) and assignment targets.
const pairs = [[1, 'one'], [2, 'two']];
for (const [n, word] of pairs) console.log(n, word);
for (let { length, 0: first } of ['ab', 'cde']) console.log(length, first);
for (var [v1, v2 = 'dflt'] of [[1], [2, 3]]) console.log(v1, v2);
console.log('after var', v1, v2);
let a, b;
for ([a, b] of [[5, 6]]) console.log(a, b);
console.log('after', a, b);
const o = {};
for ({ x: o.x, y: o.y } of [{ x: 1, y: 2 }, { x: 3, y: 4 }]) console.log(o.x, o.y);
// per-iteration bindings are captured separately
const fns = [];
for (const [i, { j }] of [[0, { j: 'a' }], [1, { j: 'b' }]]) fns.push(() => i + j);
console.log(fns.map((f) => f()).join(' '));
const fns2 = [];
for (let [k] of [[10], [20]]) { fns2.push(() => k); k++; }
console.log(fns2.map((f) => f()).join(' '));
for (const { [String(1)]: one, ...others } of [{ 1: 'x', 2: 'y', 3: 'z' }]) console.log(one, JSON.stringify(others));
for (const [key, value] of new Map([['m1', 'v1'], ['m2', 'v2']])) console.log(key, value);
for (const [index, ch] of [...'xy'].entries()) console.log(index, ch);
for (const { a: [deep] } of [{ a: ['d'] }]) console.log(deep);
// break closes both the outer iterator and nothing else
let closed = 0;
const iterable = { [Symbol.iterator]() { let i = 0; return { next: () => ({ value: [i, i * 2], done: i++ > 5 }), return() { closed++; return {}; } }; } };
for (const [p, q] of iterable) { if (p === 2) break; console.log(p, q); }
console.log('closed', closed);
