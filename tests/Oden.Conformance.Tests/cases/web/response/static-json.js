// Response.json(data, init): JSON body, application/json, init applied.
const r = Response.json({ a: 1, b: [true, null] }, { status: 201, statusText: 'Created', headers: { 'X-Extra': 'e' } });
console.log(r.status, r.statusText, r.headers.get('content-type'), r.headers.get('x-extra'));
r.text().then(t => {
  console.log(t);
  return Response.json('str').text();
}).then(t => {
  console.log(t);
  return Response.json(null).json();
}).then(v => {
  console.log(v);
  for (const bad of [undefined, () => 1, Symbol('s')]) {
    try { Response.json(bad); console.log('ok'); } catch (e) { console.log(typeof bad, e.constructor.name); }
  }
  const cyclic = {};
  cyclic.self = cyclic;
  try { Response.json(cyclic); } catch (e) { console.log('cyclic', e.constructor.name); }
  try { Response.json({}, { status: 204 }); } catch (e) { console.log('204', e.constructor.name); }
  try { Response.json(); } catch (e) { console.log('no args', e.constructor.name); }
  return Response.json({ toJSON() { return [1, 2]; } }).text();
}).then(t => console.log(t));
