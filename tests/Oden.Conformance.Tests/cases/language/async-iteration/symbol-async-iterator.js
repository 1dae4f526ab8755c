// custom async iterables through Symbol.asyncIterator
const countdown = {
  from: 3,
  [Symbol.asyncIterator]() {
    let n = this.from;
    return { next() { return Promise.resolve(n > 0 ? { value: n--, done: false } : { value: 'unused', done: true }); } };
  },
};
const plainResults = { [Symbol.asyncIterator]() { let i = 0; return { next() { return { value: 'plain' + i, done: i++ >= 2 }; } }; } };
(async () => {
  const out = [];
  for await (const v of countdown) out.push(v);
  console.log(out.join(' '));
  for await (const v of plainResults) console.log(v);
  console.log(typeof Symbol.asyncIterator, Symbol.asyncIterator.toString());
  async function* g() {}
  console.log(typeof g()[Symbol.asyncIterator], g()[Symbol.asyncIterator]() !== undefined);
  const it = g();
  console.log(it[Symbol.asyncIterator]() === it);
})();
