// yield* hands out the delegate's result objects as they are
const results = [];
const custom = { [Symbol.iterator]() { return this; },
  next(v) { const r = { value: 'c' + results.length, done: results.length >= 2, extra: v }; results.push(r); return r; } };
function* g() { const r = yield* custom; console.log('returned', r); }
const it = g();
const a = it.next('x');
console.log(a === results[0], JSON.stringify(a));
const b = it.next('y');
console.log(b === results[1], JSON.stringify(b));
console.log(JSON.stringify(it.next('z')));
let nextReads = 0;
const counted = { [Symbol.iterator]() { return this; }, get next() { nextReads++; return () => ({ done: nextReads > 5, value: nextReads }); } };
function* h() { yield* counted; }
Array.from(h());
console.log('next read', nextReads, 'time(s)');
