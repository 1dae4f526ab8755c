// clone() copies every attribute and gives independent headers.
const r = new Request('http://h/c', { method: 'POST', body: 'data', headers: { 'x-h': 'v' }, cache: 'no-cache', redirect: 'error', credentials: 'omit' });
const c = r.clone();
for (const a of ['url', 'method', 'cache', 'redirect', 'credentials', 'mode', 'referrer']) console.log(a, c[a] === r[a], c[a]);
c.headers.set('x-h', 'changed');
console.log(r.headers.get('x-h'), c.headers.get('x-h'));
Promise.all([r.text(), c.text()]).then(v => {
  console.log(v.join('|'), r.bodyUsed, c.bodyUsed);
  try { r.clone(); } catch (e) { console.log('clone used', e.constructor.name); }
  const noBody = new Request('http://h/');
  console.log(noBody.clone().body);
});
