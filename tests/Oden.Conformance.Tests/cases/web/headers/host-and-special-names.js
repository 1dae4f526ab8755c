// Node's undici does not filter "forbidden" request headers: Host, Cookie, Content-Length pass through.
const h = new Headers({ Host: 'example.com', Cookie: 'a=1', 'Content-Length': '10', Connection: 'close' });
console.log(JSON.stringify(Array.from(h)));
const req = new Request('http://example.com/', { headers: { Cookie: 'c=1', 'User-Agent': 'oden' } });
console.log(req.headers.get('cookie'), req.headers.get('user-agent'));
const res = new Response('x', { headers: { 'Set-Cookie': 's=1', 'X-Powered-By': 'oden' } });
console.log(res.headers.get('set-cookie'), res.headers.get('content-type'));
const res2 = new Response('x', { headers: { 'Content-Type': 'application/custom' } });
console.log(res2.headers.get('content-type'));
