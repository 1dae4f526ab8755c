// status must be 200-599 (RangeError otherwise), wraps modulo 2^16 first; ok is 200-299.
const statuses = [200, 201, 299, 300, 404, 599, 199, 600, 0, -1, 65736, 200.9, '204', NaN, Infinity, null];
for (const s of statuses) {
  try { const r = new Response(null, { status: s }); console.log(String(s), r.status, r.ok); } catch (e) { console.log(String(s), e.constructor.name); }
}
const nullBody = [101, 103, 204, 205, 304];
for (const s of nullBody) {
  try { new Response('body', { status: s }); console.log(s, 'ok'); } catch (e) { console.log(s, 'with body', e.constructor.name); }
  try { const r = new Response(null, { status: s }); console.log(s, 'null body', r.status); } catch (e) { console.log(s, 'null body', e.constructor.name); }
}
try { new Response('', { status: 204 }); console.log('empty string 204 ok'); } catch (e) { console.log('empty string 204', e.constructor.name); }
