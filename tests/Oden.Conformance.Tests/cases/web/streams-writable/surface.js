// The property tables of WritableStream, its writer and controller, TransformStream and its controller,
// and ReadableStream's pipe methods.
const describe = (o, k) => {
  const d = Object.getOwnPropertyDescriptor(o, k);
  if (!d) return String(k) + ' missing';
  const kind = d.get ? 'get' : typeof d.value === 'function' ? 'fn/' + d.value.length : typeof d.value;
  return String(k) + ':' + kind + (d.enumerable ? ' e' : '') + (d.configurable ? ' c' : '') + (d.writable ? ' w' : '');
};
for (const C of [WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController, TransformStream, TransformStreamDefaultController]) {
  console.log(C.name, C.length, Object.keys(C.prototype).join(','));
  console.log('  ', Object.getOwnPropertyNames(C.prototype).filter(k => k !== 'constructor').map(k => describe(C.prototype, k)).join(' '));
  console.log('  ', C.prototype[Symbol.toStringTag], describe(globalThis, C.name));
}
console.log(describe(ReadableStream.prototype, 'pipeTo'), describe(ReadableStream.prototype, 'pipeThrough'));
console.log(Object.keys(ReadableStream.prototype).join(','));
