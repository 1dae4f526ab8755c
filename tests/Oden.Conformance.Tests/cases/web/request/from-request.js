// new Request(request, init) copies the request; its body moves over and the original becomes used.
const original = new Request('http://h/orig', { method: 'PUT', headers: { 'x-o': '1' }, body: 'moved', mode: 'same-origin', cache: 'reload' });
const copy = new Request(original);
console.log(copy.url, copy.method, copy.headers.get('x-o'), copy.mode, copy.cache, copy.headers !== original.headers);
console.log(original.bodyUsed, copy.bodyUsed);
copy.text().then(t => {
  console.log('copy body', t);
  try { new Request(original); } catch (e) { console.log('from used', e.constructor.name); }
  const withInit = new Request(new Request('http://h/x', { method: 'POST', body: 'a' }), { method: 'PATCH', body: 'replaced', headers: { 'x-n': '2' } });
  console.log(withInit.method, withInit.headers.get('x-n'), withInit.headers.get('x-o'));
  return withInit.text();
}).then(t => {
  console.log(t);
  const base = new Request('http://h/', { referrer: 'http://r/', mode: 'same-origin' });
  const reset = new Request(base, { method: 'GET' });
  const kept = new Request(base);
  console.log(reset.referrer, kept.referrer, reset.mode);
});
