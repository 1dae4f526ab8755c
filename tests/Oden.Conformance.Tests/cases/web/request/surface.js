// The Request interface: enumerable members, brand checks, lengths.
console.log(Object.keys(Request.prototype).filter(k => k !== 'blob' && k !== 'formData' && k !== 'attribute').sort().join());
console.log(Request.length, Request.name, Request.prototype.clone.length);
const names = ['method', 'url', 'headers', 'signal', 'bodyUsed'];
for (const n of names) {
  try { Object.getOwnPropertyDescriptor(Request.prototype, n).get.call({}); console.log(n, 'ok'); } catch (e) { console.log(n, e.constructor.name); }
}
try { Request.prototype.clone.call({}); } catch (e) { console.log('clone', e.constructor.name); }
Request.prototype.text.call({}).catch(e => console.log('text', e.constructor.name));
const d = Object.getOwnPropertyDescriptor(Request.prototype, 'url');
console.log(typeof d.get, d.set, d.enumerable, d.configurable);
console.log(Object.getOwnPropertyNames(new Request('http://h/')).length);
