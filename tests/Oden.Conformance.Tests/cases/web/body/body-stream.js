// body is a ReadableStream of Uint8Array chunks; reading it makes bodyUsed true.
const r = new Response('streamed');
const body = r.body;
console.log(body instanceof ReadableStream, r.body === body, r.bodyUsed, body.locked);
const reader = body.getReader();
console.log(body.locked, r.bodyUsed);
reader.read().then(x => {
  console.log(x.done, x.value instanceof Uint8Array, new TextDecoder().decode(x.value), r.bodyUsed);
  return reader.read();
}).then(x => {
  console.log('end', x.done);
  return r.text().catch(e => console.log('text after stream read', e.constructor.name));
}).then(() => {
  console.log(new Response(null).body, new Response('').body instanceof ReadableStream);
  const locked = new Response('x');
  locked.body.getReader();
  return locked.text().catch(e => console.log('locked body', e.constructor.name, locked.bodyUsed));
}).then(() => {
  const consumed = new Response('y');
  return consumed.text().then(() => console.log('body after text', consumed.body.locked, consumed.bodyUsed));
});
