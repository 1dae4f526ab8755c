// Response headers from init; invalid headers throw; the headers object is stable.
const r = new Response('x', { headers: [['X-One', '1'], ['x-one', '2'], ['Set-Cookie', 'a=b']] });
console.log(r.headers.get('x-one'), JSON.stringify(r.headers.getSetCookie()), r.headers === r.headers);
r.headers.set('x-two', 'mutable');
console.log(r.headers.get('X-Two'));
for (const init of [{ headers: { 'a b': 'c' } }, { headers: [['x']] }, { headers: 'str' }, 'not an object', 7]) {
  try { new Response(null, init); console.log(JSON.stringify(init), 'ok'); } catch (e) { console.log(JSON.stringify(init), e.constructor.name); }
}
console.log(new Response(null, null).status, new Response(null, undefined).status);
