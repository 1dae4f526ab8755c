// The Response interface: enumerable members, statics, brand checks.
console.log(Object.keys(Response.prototype).filter(k => k !== 'blob' && k !== 'formData' && k !== 'attribute').sort().join());
console.log(Object.keys(Response).sort().join(), Response.length, Response.name);
for (const n of ['status', 'ok', 'headers', 'type', 'body']) {
  try { Object.getOwnPropertyDescriptor(Response.prototype, n).get.call({}); console.log(n, 'ok'); } catch (e) { console.log(n, e.constructor.name); }
}
Response.prototype.json.call(null).catch(e => console.log('json brand', e.constructor.name));
try { Response(); } catch (e) { console.log('call', e.constructor.name); }
console.log(Object.getOwnPropertyNames(new Response('x')).length, typeof Response.json, typeof Response.error, typeof Response.redirect);
