// DOMException: name, message, legacy code, Error inheritance.
const e = new DOMException('msg', 'NotFoundError');
console.log(e.name, e.message, e.code, e instanceof Error, e instanceof DOMException);
console.log(Object.prototype.toString.call(e), Object.getPrototypeOf(DOMException.prototype) === Error.prototype);
const d = new DOMException();
console.log(JSON.stringify(d.message), d.name, d.code);
const names = ['IndexSizeError', 'SyntaxError', 'InvalidStateError', 'NetworkError', 'AbortError', 'TimeoutError', 'DataCloneError', 'EncodingError', 'Custom'];
for (const n of names) console.log(n, new DOMException('', n).code);
console.log(String(new DOMException('boom', 'AbortError')));
console.log(typeof e.stack);
try { DOMException(); } catch (x) { console.log(x.constructor.name); }
