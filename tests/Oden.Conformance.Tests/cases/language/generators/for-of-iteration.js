// generators are iterables: for-of, Array.from, break closes them
function* range(n) { for (let i = 0; i < n; i++) yield i; }
let sum = 0;
for (const v of range(5)) sum += v;
console.log(sum);
console.log(Array.from(range(4)).join(','));
function* logged() {
  try { yield 'a'; yield 'b'; yield 'c'; }
  finally { console.log('closed'); }
}
for (const v of logged()) { console.log(v); if (v === 'b') break; }
const it = range(2);
console.log(it[Symbol.iterator]() === it);
for (const v of it) console.log('first pass', v);
for (const v of it) console.log('second pass', v);
console.log(JSON.stringify(it.next()));
