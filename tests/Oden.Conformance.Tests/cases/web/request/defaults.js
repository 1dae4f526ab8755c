// A new Request's attributes and their defaults.
const r = new Request('https://example.com/path?q=1#frag');
const attrs = ['method', 'url', 'destination', 'referrer', 'referrerPolicy', 'mode', 'credentials', 'cache', 'redirect', 'integrity',
  'keepalive', 'isReloadNavigation', 'isHistoryNavigation', 'bodyUsed', 'duplex'];
for (const a of attrs) console.log(a, JSON.stringify(r[a]));
console.log(r.body, r.headers instanceof Headers, Array.from(r.headers).length, r.signal instanceof AbortSignal, r.signal.aborted);
console.log(Object.prototype.toString.call(r), r instanceof Request);
