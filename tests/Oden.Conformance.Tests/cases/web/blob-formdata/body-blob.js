// The body mixin's blob() (type from the Content-Type, serialized and lower-cased) and Blob bodies
// (their type becomes the Content-Type when there is one).
(async () => {
  const show = async (label, p) => {
    try {
      const b = await p;
      console.log(label, b.constructor.name, JSON.stringify(b.type), b.size, JSON.stringify(await b.text()));
    } catch (e) {
      console.log(label, 'rejects', e.constructor.name);
    }
  };
  const mk = (body, type) => new Response(body, { headers: { 'content-type': type } });
  await show('string body', new Response('abc').blob());
  await show('html', mk('abc', 'Text/HTML; Charset="UTF-8"; x=Y').blob());
  await show('bytes, no type', new Response(new Uint8Array([104, 105])).blob());
  await show('invalid type', mk('a', 'nonsense').blob());
  await show('quoted param', mk('a', 'text/plain; a="b c"').blob());
  await show('two values', mk('a', 'text/plain, text/html').blob());
  await show('star', mk('a', 'text/plain, */*').blob());
  await show('null body', new Response(null).blob());
  await show('request', new Request('http://x/', { method: 'PUT', body: 'req' }).blob());
  await show('URLSearchParams', new Response(new URLSearchParams('a=1&b=2')).blob());
  const used = new Response('x');
  await used.text();
  await show('used', used.blob());
  // A Blob as a body.
  const typed = new Blob(['<p>hi</p>'], { type: 'text/html' });
  const r = new Response(typed);
  console.log(r.headers.get('content-type'), await r.text());
  console.log(new Response(new Blob(['x'])).headers.get('content-type'));
  console.log(new Response(typed, { headers: { 'Content-Type': 'text/plain' } }).headers.get('content-type'));
  const req = new Request('http://x/', { method: 'POST', body: new File(['file!'], 'f.txt', { type: 'text/x-file' }) });
  console.log(req.headers.get('content-type'), await req.text());
  const bin = new Blob([new Uint8Array([0, 128, 255])]);
  console.log([...new Uint8Array(await new Response(bin).arrayBuffer())].join(','));
  console.log([...new Uint8Array(await (await new Response(bin).blob()).arrayBuffer())].join(','));
  // A sliced blob sends only its slice.
  console.log(await new Response(new Blob(['0123456789']).slice(3, 6)).text());
  // Response.json and blob()
  await show('Response.json', Response.json({ a: 1 }).blob());
  // The blob is a copy of the body: a stream body too.
  const streamed = new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('str')); c.enqueue(new TextEncoder().encode('eam')); c.close(); } }));
  await show('stream body', streamed.blob());
})();
