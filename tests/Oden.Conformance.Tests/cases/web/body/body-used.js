// bodyUsed flips when the body is read; a second read rejects with TypeError.
const r = new Response('once');
console.log(r.bodyUsed);
r.text().then(t => {
  console.log(t, r.bodyUsed);
  return r.text();
}).catch(e => {
  console.log('second read', e.constructor.name);
  return r.arrayBuffer();
}).catch(e => {
  console.log('arrayBuffer after', e.constructor.name);
  const empty = new Response(null);
  return empty.text().then(t => { console.log('null body', JSON.stringify(t), empty.bodyUsed); return empty.text(); });
}).then(t => {
  console.log('null body again', JSON.stringify(t));
  const req = new Request('http://h/', { method: 'POST', body: 'payload' });
  console.log(req.bodyUsed);
  return req.json().catch(e => e.constructor.name).then(v => console.log('request json', v, req.bodyUsed));
});
