// TransformStream: a transformer's start/transform/flush, enqueue, terminate, error, the identity
// transform, and backpressure between the sides.
(async () => {
  const readAll = async rs => { const out = []; for await (const c of rs) out.push(c); return out; };
  const upper = new TransformStream({
    start(c) { c.enqueue('[start]'); },
    transform(chunk, c) { c.enqueue(String(chunk).toUpperCase()); c.enqueue(chunk.length); },
    flush(c) { c.enqueue('[flush]'); },
  });
  console.log(Object.prototype.toString.call(upper), upper.readable instanceof ReadableStream, upper.writable instanceof WritableStream);
  const w = upper.writable.getWriter();
  w.write('ab');
  w.write('cde');
  w.close();
  console.log(JSON.stringify(await readAll(upper.readable)));
  // The identity transform.
  const id = new TransformStream();
  const iw = id.writable.getWriter();
  iw.write(1); iw.write({ x: 2 }); iw.close();
  console.log(JSON.stringify(await readAll(id.readable)));
  // An async transform.
  const slow = new TransformStream({ async transform(chunk, c) { await new Promise(r => setTimeout(r, 2)); c.enqueue(chunk * 10); } });
  const sw = slow.writable.getWriter();
  [1, 2, 3].forEach(n => sw.write(n));
  sw.close();
  console.log(JSON.stringify(await readAll(slow.readable)));
  // terminate: the readable closes, the writable errors.
  const term = new TransformStream({ transform(chunk, c) { c.enqueue(chunk); if (chunk === 'stop') c.terminate(); } });
  const tw = term.writable.getWriter();
  tw.write('go');
  tw.write('stop');
  console.log(JSON.stringify(await readAll(term.readable)));
  await tw.write('after').catch(e => console.log('write after terminate', e.constructor.name));
  // An error in transform errors both sides.
  const bad = new TransformStream({ transform() { throw new Error('transform failed'); } });
  const bw = bad.writable.getWriter();
  const badRead = bad.readable.getReader().read(); // a pending read lets the write through (readable highWaterMark 0)
  await bw.write('x').catch(e => console.log('write rejects', e.message));
  await badRead.catch(e => console.log('read rejects', e.message));
  // controller.error and desiredSize.
  let ctl;
  const manual = new TransformStream({ start(c) { ctl = c; } }, undefined, { highWaterMark: 2 });
  console.log('desiredSize', ctl.desiredSize);
  ctl.enqueue('q');
  console.log('desiredSize after enqueue', ctl.desiredSize);
  ctl.error(new TypeError('manual'));
  await manual.writable.getWriter().closed.catch(e => console.log('writable errored', e.constructor.name, e.message));
  // Backpressure: with readable highWaterMark 0 the writer is not ready until someone reads.
  const bp = new TransformStream();
  const bpw = bp.writable.getWriter();
  console.log('writer desiredSize', bpw.desiredSize);
  let written = false;
  bpw.write('w').then(() => { written = true; });
  await new Promise(r => setTimeout(r, 5));
  console.log('written before read', written);
  const reader = bp.readable.getReader();
  console.log(JSON.stringify(await reader.read()));
  await new Promise(r => setTimeout(r, 5));
  console.log('written after read', written);
  // flush errors reject the close.
  const fl = new TransformStream({ flush() { throw new RangeError('flush failed'); } });
  await fl.writable.getWriter().close().catch(e => console.log('close rejects', e.constructor.name));
  // Cancelling the readable errors the writable.
  const cancelled = new TransformStream();
  await cancelled.readable.cancel('stop reading');
  await cancelled.writable.getWriter().closed.catch(e => console.log('writable after cancel', e));
  for (const [label, f] of [
    ['transform not a function', () => new TransformStream({ transform: 1 })],
    ['readableType', () => new TransformStream({ readableType: 'bytes' })],
    ['writableType', () => new TransformStream({ writableType: 'bytes' })],
    ['call', () => TransformStream()],
    ['controller ctor', () => new TransformStreamDefaultController()],
  ]) {
    try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.constructor.name); }
  }
})();
