// WritableStream with an underlying sink: start, write (one at a time, in order), close, the writer's
// desiredSize/ready with a high-water mark, and releaseLock.
(async () => {
  const log = [];
  let controllerSeen;
  const ws = new WritableStream({
    start(c) { controllerSeen = c; log.push('start'); },
    write(chunk, c) {
      log.push('write ' + chunk + ' ' + (c === controllerSeen));
      return new Promise(r => setTimeout(r, 5));
    },
    close() { log.push('close'); },
  }, { highWaterMark: 2 });
  console.log(ws.locked, Object.prototype.toString.call(ws), typeof controllerSeen.error, controllerSeen.signal instanceof AbortSignal);
  const w = ws.getWriter();
  console.log(ws.locked, w.desiredSize);
  const p1 = w.write('a');
  const p2 = w.write('b');
  console.log('after two writes', w.desiredSize);
  const p3 = w.write('c');
  console.log('after three writes', w.desiredSize);
  await p1;
  log.push('p1 done');
  await Promise.all([p2, p3]);
  log.push('all written ' + w.desiredSize);
  await w.ready;
  const closed = w.close();
  console.log('closing', w.desiredSize);
  await closed;
  await w.closed;
  log.push('closed ' + w.desiredSize);
  console.log(log.join(' | '));
  await w.close().catch(e => console.log('close twice', e.constructor.name));
  w.releaseLock();
  console.log('released', ws.locked);
  try { w.desiredSize; } catch (e) { console.log('desiredSize after release', e.constructor.name); }
  await w.closed.catch(e => console.log('closed after release', e.constructor.name));
  try { ws.getWriter().releaseLock(); console.log('second writer ok'); } catch (e) { console.log(e.constructor.name); }
  // A sink without methods just takes the chunks.
  const plain = new WritableStream();
  const pw = plain.getWriter();
  await pw.write(1);
  await pw.close();
  console.log('plain closed');
  // Locked streams.
  const locked = new WritableStream();
  locked.getWriter();
  try { locked.getWriter(); } catch (e) { console.log('getWriter twice', e.constructor.name); }
  await locked.close().catch(e => console.log('close locked', e.constructor.name));
  await locked.abort().catch(e => console.log('abort locked', e.constructor.name));
  try { new WritableStreamDefaultWriter(locked); } catch (e) { console.log('writer ctor on locked', e.constructor.name); }
  try { new WritableStreamDefaultWriter({}); } catch (e) { console.log('writer ctor on object', e.constructor.name); }
  // WritableStream.prototype.close without a writer.
  const direct = new WritableStream({ close() { console.log('direct sink close'); } });
  await direct.close();
  console.log('direct closed', direct.locked);
})();
