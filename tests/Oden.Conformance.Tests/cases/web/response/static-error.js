// Response.error(): a network error with immutable headers.
const e = Response.error();
console.log(e.type, e.status, e.ok, JSON.stringify(e.statusText), e.body, e.bodyUsed, e.url, e.redirected);
try { e.headers.set('a', 'b'); } catch (err) { console.log('immutable', err.constructor.name); }
console.log(Response.error() !== e, Response.error.length);
const c = e.clone();
console.log(c.type, c.status);
try { c.headers.append('x', 'y'); } catch (err) { console.log('clone immutable', err.constructor.name); }
e.text().then(t => console.log('text', JSON.stringify(t)));
