// controller.error() and a throwing start() error the stream; pending and later reads reject.
const e1 = new Error('first');
let ctl;
const rs = new ReadableStream({ start(c) { ctl = c; } });
const reader = rs.getReader();
const pending = reader.read();
ctl.error(e1);
ctl.error(new Error('ignored'));
pending.catch(e => console.log('pending', e === e1))
  .then(() => reader.read()).catch(e => console.log('later', e.message))
  .then(() => reader.closed).catch(e => console.log('closed', e.message))
  .then(() => {
    try { ctl.enqueue(1); } catch (e) { console.log('enqueue after error', e.constructor.name); }
    try { ctl.close(); } catch (e) { console.log('close after error', e.constructor.name); }
    console.log('desiredSize', ctl.desiredSize);
    try { new ReadableStream({ start() { throw new TypeError('bad start'); } }); } catch (e) { console.log('start throws', e.constructor.name); }
    const rejecting = new ReadableStream({ start() { return Promise.reject(new Error('async start')); } });
    return rejecting.getReader().read();
  })
  .catch(e => console.log('async start', e.message));
