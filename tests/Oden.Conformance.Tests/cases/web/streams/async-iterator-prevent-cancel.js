// values({ preventCancel: true }) releases the lock on return() without canceling the stream.
let canceled = false;
let ctl;
const rs = new ReadableStream({ start(c) { ctl = c; c.enqueue('a'); c.enqueue('b'); }, cancel() { canceled = true; } });
const it = rs.values({ preventCancel: true });
it.next().then(r => {
  console.log(r.value);
  return it.return();
}).then(r => {
  console.log(JSON.stringify(r), canceled, rs.locked);
  const reader = rs.getReader();
  return reader.read();
}).then(r => {
  console.log('still readable', r.value);
  const rs2 = new ReadableStream({ start(c) { c.enqueue(1); }, cancel(reason) { console.log('canceled with', reason); } });
  const it2 = rs2.values();
  return it2.next().then(() => it2.return('why'));
}).then(r => {
  console.log(JSON.stringify(r));
  const erroring = new ReadableStream({ start(c) { c.error(new Error('bad')); } });
  const it3 = erroring.values();
  return it3.next().catch(e => { console.log('error', e.message); return it3.next(); });
}).then(r => console.log('after error', JSON.stringify(r)));
