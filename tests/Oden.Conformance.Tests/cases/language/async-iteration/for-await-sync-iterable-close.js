// for await over a sync iterator: closing reaches the sync iterator's return()
const log = [];
function* sync() { try { yield 'a'; yield 'b'; } finally { log.push('sync closed'); } }
const manual = { [Symbol.iterator]() { return { i: 0, next() { return { value: this.i++, done: this.i > 5 }; }, return() { log.push('manual return'); return {}; } }; } };
(async () => {
  for await (const v of sync()) { log.push(v); break; }
  for await (const v of manual) { if (v === 2) break; log.push('m' + v); }
  for await (const v of sync()) log.push('full ' + v);
  console.log(log.join(' '));
})();
