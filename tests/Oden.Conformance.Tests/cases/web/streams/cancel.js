// cancel(): the source's cancel gets the reason, queued chunks are dropped, reads resolve done.
let reason;
const rs = new ReadableStream({
  start(c) { c.enqueue(1); c.enqueue(2); },
  cancel(r) { reason = r; return 'ignored result'; },
});
const reader = rs.getReader();
reader.read().then(r => {
  console.log('first', r.value);
  return reader.cancel('stop');
}).then(v => {
  console.log('cancel resolved', v, 'reason', reason);
  return reader.read();
}).then(r => {
  console.log(JSON.stringify(r));
  const locked = new ReadableStream();
  locked.getReader();
  return locked.cancel().catch(e => console.log('locked cancel', e.constructor.name));
}).then(() => {
  const throwing = new ReadableStream({ cancel() { throw new RangeError('no'); } });
  return throwing.cancel().catch(e => console.log('throwing cancel', e.constructor.name));
}).then(() => {
  const plain = new ReadableStream();
  return plain.cancel('x').then(v => console.log('plain', v, plain.locked));
});
