// Methods called on the wrong receiver throw TypeError; the prototype surface is enumerable.
const names = ['append', 'delete', 'get', 'has', 'set', 'getSetCookie', 'forEach', 'keys', 'values', 'entries'];
for (const n of names) {
  try { Headers.prototype[n].call({}, 'a', 'b'); console.log(n, 'ok'); } catch (e) { console.log(n, e.constructor.name); }
}
console.log(Object.keys(Headers.prototype).sort().join());
console.log(Headers.length, Headers.name, Headers.prototype.append.length, Headers.prototype.get.length);
console.log(Object.prototype.toString.call(new Headers()), Headers.prototype[Symbol.toStringTag]);
const d = Object.getOwnPropertyDescriptor(Headers.prototype, 'get');
console.log(d.writable, d.enumerable, d.configurable);
console.log(typeof Headers, new Headers() instanceof Headers);
