// A new Response's attributes and their defaults.
const r = new Response();
for (const a of ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'bodyUsed']) console.log(a, JSON.stringify(r[a]));
console.log(r.body, r.headers instanceof Headers, Array.from(r.headers).length);
console.log(Object.prototype.toString.call(r), r instanceof Response);
const withBody = new Response('x');
console.log(withBody.status, withBody.ok, withBody.body instanceof ReadableStream);
