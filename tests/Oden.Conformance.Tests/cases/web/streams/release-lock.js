// releaseLock() unlocks the stream; the old reader's closed promise rejects and its reads fail.
const rs = new ReadableStream({ start(c) { c.enqueue('one'); c.enqueue('two'); } });
const r1 = rs.getReader();
try { rs.getReader(); } catch (e) { console.log('second reader', e.constructor.name); }
r1.read().then(x => {
  console.log(x.value);
  r1.releaseLock();
  console.log('locked', rs.locked);
  r1.releaseLock();
  return r1.closed.catch(e => console.log('old closed', e.constructor.name));
}).then(() => r1.read().catch(e => console.log('old read', e.constructor.name)))
  .then(() => {
    const r2 = new ReadableStreamDefaultReader(rs);
    return r2.read();
  }).then(x => console.log('new reader', x.value))
  .then(() => {
    const s = new ReadableStream();
    const r = s.getReader();
    const pending = r.read();
    r.releaseLock();
    return pending.catch(e => console.log('pending read on release', e.constructor.name));
  });
