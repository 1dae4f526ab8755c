// A ReadableStream request body needs duplex: 'half'; a locked or disturbed stream is refused.
const enc = new TextEncoder();
const stream = new ReadableStream({ start(c) { c.enqueue(enc.encode('streamed request')); c.close(); } });
try { new Request('http://h/', { method: 'POST', body: stream }); } catch (e) { console.log('no duplex', e.constructor.name, stream.locked); }
const r = new Request('http://h/', { method: 'POST', body: stream, duplex: 'half' });
console.log(r.duplex, r.body === stream, r.bodyUsed);
r.text().then(t => {
  console.log(t, r.bodyUsed);
  const locked = new ReadableStream();
  locked.getReader();
  try { new Request('http://h/', { method: 'POST', body: locked, duplex: 'half' }); } catch (e) { console.log('locked', e.constructor.name); }
  const disturbed = new ReadableStream();
  disturbed.cancel();
  try { new Request('http://h/', { method: 'POST', body: disturbed, duplex: 'half' }); } catch (e) { console.log('disturbed', e.constructor.name); }
});
