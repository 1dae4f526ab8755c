// The property tables of Blob, File, FormData and the FormData iterator.
const describe = (o, k) => {
  const d = Object.getOwnPropertyDescriptor(o, k);
  if (!d) return k + ' missing';
  const kind = d.get ? 'get ' + d.get.name : typeof d.value === 'function' ? 'fn ' + d.value.name + '/' + d.value.length : typeof d.value;
  return String(k).replace('Symbol(Symbol.toStringTag)', '@@toStringTag') + ':' + kind + (d.enumerable ? ' e' : '') + (d.configurable ? ' c' : '') + (d.writable ? ' w' : '');
};
for (const C of [Blob, File, FormData]) {
  console.log(C.name, C.length, typeof C, Object.getOwnPropertyNames(C.prototype).sort().join(','));
  console.log(' ', Object.keys(C.prototype).join(','));
  for (const k of Object.getOwnPropertyNames(C.prototype).sort()) if (k !== 'constructor') console.log('  ', describe(C.prototype, k));
  console.log('  tag', C.prototype[Symbol.toStringTag], describe(C.prototype, Symbol.toStringTag));
  console.log('  global', describe(globalThis, C.name));
}
console.log(FormData.prototype[Symbol.iterator] === FormData.prototype.entries);
const it = new FormData().entries();
const itProto = Object.getPrototypeOf(it);
console.log(Object.prototype.toString.call(it), Object.getOwnPropertyNames(itProto).join(','), describe(itProto, 'next'));
console.log(Object.getPrototypeOf(itProto) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
console.log(String(new FormData()), String(new Blob()), String(new File([], 'x')));
