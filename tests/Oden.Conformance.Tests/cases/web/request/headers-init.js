// Request headers from every init form, and the Content-Type of the body.
const forms = [{ A: '1' }, [['b', '2'], ['B', '3']], new Headers({ c: '4' }), undefined];
for (const h of forms) console.log(JSON.stringify(Array.from(new Request('http://h/', { headers: h }).headers)));
const r = new Request('http://h/', { method: 'POST', body: 'text', headers: { 'Content-Type': 'application/json' } });
console.log(r.headers.get('content-type'));
const r2 = new Request('http://h/', { method: 'POST', body: new URLSearchParams('a=1') });
console.log(r2.headers.get('content-type'));
r2.headers.append('x-later', 'yes');
console.log(r2.headers.get('x-later'));
try { new Request('http://h/', { headers: { 'bad name': 'x' } }); } catch (e) { console.log(e.constructor.name); }
