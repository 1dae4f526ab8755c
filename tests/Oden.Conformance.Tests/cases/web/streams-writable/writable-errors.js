// Errors: a throwing start, write or close; controller.error(); abort() with the sink's abort and the
// controller's signal; writes after an error reject with the stored error.
(async () => {
  const name = e => e instanceof Error ? e.constructor.name + ':' + e.message : String(e);
  {
    const ws = new WritableStream({ write(chunk) { if (chunk === 2) throw new Error('bad chunk'); } });
    const w = ws.getWriter();
    await w.write(1);
    await w.write(2).catch(e => console.log('write rejects', name(e)));
    await w.write(3).catch(e => console.log('next write rejects', name(e)));
    await w.closed.catch(e => console.log('closed rejects', name(e)));
    await w.ready.catch(e => console.log('ready rejects', name(e)));
    console.log('desiredSize', w.desiredSize);
  }
  {
    const ws = new WritableStream({ start() { return Promise.reject(new Error('no start')); } });
    const w = ws.getWriter();
    await w.write('x').catch(e => console.log('write after failed start', name(e)));
    await w.closed.catch(e => console.log('closed after failed start', name(e)));
  }
  {
    let controller;
    const ws = new WritableStream({ start(c) { controller = c; } });
    const w = ws.getWriter();
    controller.error(new TypeError('from controller'));
    controller.error(new Error('ignored'));
    await w.closed.catch(e => console.log('controller.error', name(e)));
  }
  {
    const ws = new WritableStream({ close() { throw new RangeError('close failed'); } });
    const w = ws.getWriter();
    await w.close().catch(e => console.log('close rejects', name(e)));
    await w.closed.catch(e => console.log('closed after close error', name(e)));
  }
  {
    const log = [];
    let controller;
    const ws = new WritableStream({
      start(c) { controller = c; c.signal.addEventListener('abort', () => log.push('signal ' + c.signal.reason)); },
      write() { log.push('write'); return new Promise(r => setTimeout(r, 10)); },
      abort(reason) { log.push('sink abort ' + reason); },
    });
    const w = ws.getWriter();
    const write = w.write('pending');
    await Promise.resolve();
    const aborted = w.abort('why');
    console.log('abort returns the same promise', w.abort('again') === aborted);
    await write.then(() => log.push('in-flight write finished'));
    await aborted.then(() => log.push('abort resolved'));
    await w.closed.catch(e => log.push('closed rejects ' + e));
    await w.write('more').catch(e => log.push('write after abort ' + e));
    console.log(log.join(' | '), controller.signal.aborted);
  }
  {
    const ws = new WritableStream({ abort() { return Promise.reject(new Error('abort failed')); } });
    await ws.abort('x').catch(e => console.log('sink abort rejection', name(e)));
    await new WritableStream().abort().then(v => console.log('abort without sink', v));
    const closed = new WritableStream();
    await closed.close();
    await closed.abort('late').then(v => console.log('abort a closed stream', v));
  }
  for (const [label, f] of [
    ['sink not an object', () => new WritableStream(5)],
    ['write not a function', () => new WritableStream({ write: 1 })],
    ['type', () => new WritableStream({ type: 'bytes' })],
    ['negative hwm', () => new WritableStream({}, { highWaterMark: -1 })],
    ['call', () => WritableStream()],
    ['controller ctor', () => new WritableStreamDefaultController()],
  ]) {
    try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.constructor.name); }
  }
})();
