// Headers of Response.error(), Response.redirect() are immutable; others are mutable.
function attempt(label, f) {
  try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.constructor.name); }
}
const err = Response.error();
attempt('error append', () => err.headers.append('a', 'b'));
attempt('error set', () => err.headers.set('a', 'b'));
attempt('error delete', () => err.headers.delete('a'));
console.log('error get', err.headers.get('a'), Array.from(err.headers).length);
const red = Response.redirect('http://example.com/next', 301);
console.log('location', red.headers.get('location'));
attempt('redirect set', () => red.headers.set('location', 'http://evil/'));
console.log('location after', red.headers.get('location'));
const res = new Response('x');
attempt('response set', () => res.headers.set('x-a', '1'));
console.log(res.headers.get('x-a'));
const req = new Request('http://example.com/');
attempt('request set', () => req.headers.set('x-b', '2'));
console.log(req.headers.get('x-b'));
attempt('invalid name on immutable', () => err.headers.append('bad name', 'v'));
