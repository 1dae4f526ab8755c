// pipeTo and pipeThrough: chunks in order, closing forward, errors both ways, the prevent* options,
// an AbortSignal, and locking.
(async () => {
  const source = (chunks, opts = {}) => new ReadableStream({
    start(c) { if (!opts.keepOpen) { chunks.forEach(x => c.enqueue(x)); if (opts.error) c.error(opts.error); else c.close(); } else chunks.forEach(x => c.enqueue(x)); },
    cancel(reason) { console.log('  source cancel', String(reason)); },
  });
  const sink = (log, opts = {}) => new WritableStream({
    write(chunk) { log.push(chunk); if (opts.failOn === chunk) throw new Error('sink failed on ' + chunk); },
    close() { log.push('<close>'); },
    abort(reason) { log.push('<abort ' + reason + '>'); },
  });
  let log = [];
  const rs = source(['a', 'b', 'c']);
  const ws = sink(log);
  const p = rs.pipeTo(ws);
  console.log('locked while piping', rs.locked, ws.locked);
  await p;
  console.log('piped', log.join(','), rs.locked, ws.locked);

  log = [];
  await source(['a'], { error: 'boom' }).pipeTo(sink(log)).catch(e => console.log('source error', e));
  console.log(' ', log.join(','));
  log = [];
  await source(['a'], { error: 'boom' }).pipeTo(sink(log), { preventAbort: true }).catch(e => console.log('source error, preventAbort', e));
  console.log(' ', log.join(','));

  log = [];
  await source(['a', 'b', 'c'], { keepOpen: true }).pipeTo(sink(log, { failOn: 'b' })).catch(e => console.log('sink error', e.message));
  console.log(' ', log.join(','));
  log = [];
  await source(['a', 'b'], { keepOpen: true }).pipeTo(sink(log, { failOn: 'a' }), { preventCancel: true }).catch(e => console.log('sink error, preventCancel', e.message));

  log = [];
  const open = sink(log);
  await source(['x']).pipeTo(open, { preventClose: true });
  console.log('preventClose', log.join(','), open.locked);
  const w = open.getWriter();
  await w.write('y');
  await w.close();
  console.log('  then', log.join(','));

  // A signal aborts the pipe (the destination is aborted, the source cancelled).
  log = [];
  const controller = new AbortController();
  const piping = source(['1'], { keepOpen: true }).pipeTo(sink(log), { signal: controller.signal });
  setTimeout(() => controller.abort('enough'), 5);
  await piping.catch(e => console.log('aborted pipe', e));
  console.log(' ', log.join(','));
  await source(['z']).pipeTo(sink([]), { signal: AbortSignal.abort('already') }).catch(e => console.log('already aborted', e));

  // pipeThrough returns the transform's readable.
  const doubled = source([1, 2, 3]).pipeThrough(new TransformStream({ transform(n, c) { c.enqueue(n * 2); } }));
  const out = [];
  for await (const n of doubled) out.push(n);
  console.log('pipeThrough', out.join(','));
  const text = await new Response(source(['he', 'llo']).pipeThrough(new TransformStream({ transform(s, c) { c.enqueue(new TextEncoder().encode(s)); } }))).text();
  console.log('into a Response', text);

  // A slow sink slows the source: it is pulled only when the writer is ready.
  let pulls = 0;
  const counted = new ReadableStream({ pull(c) { pulls++; c.enqueue(pulls); if (pulls === 20) c.close(); } }, { highWaterMark: 0 });
  const slowLog = [];
  const slowSink = new WritableStream({ write(n) { slowLog.push(n + '@' + pulls); return new Promise(r => setTimeout(r, 1)); } }, { highWaterMark: 1 });
  await counted.pipeTo(slowSink);
  console.log('slow sink', slowLog.length, slowLog.every(s => Number(s.split('@')[1]) - Number(s.split('@')[0]) <= 2));

  // Errors from the arguments.
  const locked = source([]);
  locked.getReader();
  await locked.pipeTo(new WritableStream()).catch(e => console.log('locked source', e.constructor.name));
  const lockedDest = new WritableStream();
  lockedDest.getWriter();
  await source([]).pipeTo(lockedDest).catch(e => console.log('locked destination', e.constructor.name));
  await source([]).pipeTo({}).catch(e => console.log('not a WritableStream', e.constructor.name));
  await source([]).pipeTo(new WritableStream(), { signal: {} }).catch(e => console.log('bad signal', e.constructor.name));
  try { source([]).pipeThrough({}); } catch (e) { console.log('pipeThrough without streams', e.constructor.name); }
  try { locked.pipeThrough(new TransformStream()); } catch (e) { console.log('pipeThrough locked', e.constructor.name); }
})();
