// Request bodies: GET/HEAD cannot have one; other methods read like responses.
function attempt(label, f) { try { const r = f(); console.log(label, 'ok', r.method); return r; } catch (e) { console.log(label, e.constructor.name); } }
attempt('GET body', () => new Request('http://h/', { body: 'x' }));
attempt('HEAD body', () => new Request('http://h/', { method: 'HEAD', body: 'x' }));
attempt('GET null body', () => new Request('http://h/', { body: null }));
attempt('get lower body', () => new Request('http://h/', { method: 'get', body: 'x' }));
const post = attempt('POST body', () => new Request('http://h/', { method: 'POST', body: '{"v":1}' }));
console.log(new Request('http://h/').body, new Request('http://h/', { method: 'POST' }).body);
post.json().then(v => {
  console.log('json', v.v);
  const del = new Request('http://h/', { method: 'DELETE', body: new Uint8Array([65, 66]) });
  return del.arrayBuffer();
}).then(b => console.log('delete body', b.byteLength));
