// Response.redirect(url, status): absolute URLs only, redirect statuses only.
const r = Response.redirect('http://example.com/a b?c#d');
console.log(r.status, r.headers.get('location'), r.type, r.body, r.ok, r.statusText);
for (const s of [301, 302, 303, 307, 308, 300, 304, 200, '301']) {
  try { console.log(s, Response.redirect('http://h/', s).status); } catch (e) { console.log(s, e.constructor.name); }
}
for (const u of ['/relative', 'not a url', 'https://ok/', new URL('http://from.url/')]) {
  try { console.log(String(u), Response.redirect(u).headers.get('location')); } catch (e) { console.log(String(u), e.constructor.name); }
}
try { Response.redirect(); } catch (e) { console.log('no args', e.constructor.name); }
