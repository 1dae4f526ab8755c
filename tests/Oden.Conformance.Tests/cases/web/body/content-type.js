// The Content-Type each body init type sets, and an explicit header wins.
function ct(body, init) { return new Response(body, init).headers.get('content-type'); }
console.log(ct('s'));
console.log(ct(new URLSearchParams('a=b')));
console.log(ct(new Uint8Array(1)));
console.log(ct(new ArrayBuffer(1)));
console.log(ct(new ReadableStream()));
console.log(ct(null));
console.log(ct(undefined));
console.log(ct('s', { headers: { 'Content-Type': 'text/custom' } }));
console.log(ct('s', { headers: [['content-type', 'a/b'], ['content-type', 'c/d']] }));
console.log(new Request('http://h/', { method: 'POST', body: 'x' }).headers.get('content-type'));
console.log(new Request('http://h/', { method: 'PUT', body: new URLSearchParams('q=1') }).headers.get('content-type'));
console.log(Response.json({}).headers.get('content-type'));
console.log(Response.json({}, { headers: { 'content-type': 'application/vnd+json' } }).headers.get('content-type'));
