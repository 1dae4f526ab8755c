// The async iterator protocol: values(), [Symbol.asyncIterator], next() and return().
const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.enqueue(3); c.close(); } });
const it = rs[Symbol.asyncIterator]();
console.log(rs.locked, typeof it.next, typeof it.return, it[Symbol.asyncIterator]() === it);
console.log(ReadableStream.prototype.values === ReadableStream.prototype[Symbol.asyncIterator]);
it.next().then(r => {
  console.log(JSON.stringify(r));
  return it.next();
}).then(r => {
  console.log(JSON.stringify(r));
  return it.return('bye');
}).then(r => {
  console.log('return', JSON.stringify(r), rs.locked);
  return it.next();
}).then(r => {
  console.log('after return', JSON.stringify(r));
  const s2 = new ReadableStream({ start(c) { c.enqueue('only'); c.close(); } });
  const i2 = s2.values();
  return i2.next().then(a => i2.next()).then(b => { console.log('done', JSON.stringify(b), s2.locked); });
});
