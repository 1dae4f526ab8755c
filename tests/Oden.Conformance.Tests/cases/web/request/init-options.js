// RequestInit members: enums are validated; referrer is resolved; headers are copied.
const r = new Request('http://h/', {
  method: 'POST', mode: 'same-origin', credentials: 'include', cache: 'no-store', redirect: 'manual',
  referrer: 'http://ref.example/page', referrerPolicy: 'no-referrer', integrity: 'sha256-abc', keepalive: true,
  headers: { 'X-A': '1' }, body: 'b',
});
for (const a of ['method', 'mode', 'credentials', 'cache', 'redirect', 'referrer', 'referrerPolicy', 'integrity', 'keepalive']) console.log(a, r[a]);
console.log(r.headers.get('x-a'), r.headers.get('content-type'));
console.log(new Request('http://h/', { referrer: '' }).referrer, JSON.stringify(new Request('http://h/', { referrer: 'about:client' }).referrer));
const bad = [{ mode: 'navigate' }, { mode: 'bogus' }, { credentials: 'all' }, { cache: 'sometimes' }, { redirect: 'follow-me' },
  { referrerPolicy: 'whatever' }, { cache: 'only-if-cached' }, { cache: 'only-if-cached', mode: 'same-origin' }, { window: {} }, { window: null },
  { referrer: '/relative' }, { signal: {} }, { signal: null }, { duplex: 'full' }, { mode: 'no-cors', method: 'PUT' }, { mode: 'no-cors', method: 'POST' }];
for (const init of bad) {
  try { new Request('http://h/', init); console.log(JSON.stringify(init), 'ok'); } catch (e) { console.log(JSON.stringify(init), e.constructor.name); }
}
try { new Request('http://h/', 5); } catch (e) { console.log('init 5', e.constructor.name); }
try { new Request(); } catch (e) { console.log('no args', e.constructor.name); }
try { Request('http://h/'); } catch (e) { console.log('call', e.constructor.name); }
