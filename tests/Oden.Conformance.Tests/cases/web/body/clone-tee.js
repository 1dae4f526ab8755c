// clone() tees the body: both copies read the same bytes independently.
const enc = new TextEncoder();
const original = new Response(new ReadableStream({ start(c) { c.enqueue(enc.encode('shared ')); c.enqueue(enc.encode('bytes')); c.close(); } }), { status: 202, statusText: 'Accepted', headers: { 'x-a': '1' } });
const copy = original.clone();
console.log(copy.status, copy.statusText, copy.headers.get('x-a'), copy.headers !== original.headers);
copy.headers.set('x-a', '2');
console.log(original.headers.get('x-a'));
copy.text().then(t => {
  console.log('copy', t);
  return original.text();
}).then(t => {
  console.log('original', t);
  try { original.clone(); } catch (e) { console.log('clone used', e.constructor.name); }
  const bytes = new Response('plain');
  const b2 = bytes.clone();
  return Promise.all([bytes.text(), b2.text()]);
}).then(both => {
  console.log(both.join(' / '));
  const req = new Request('http://h/', { method: 'POST', body: 'req body', headers: { 'x-r': 'r' } });
  const rc = req.clone();
  console.log(rc.method, rc.url, rc.headers.get('x-r'), rc.signal !== req.signal);
  return rc.text().then(t => req.text().then(u => console.log(t, '|', u)));
});
