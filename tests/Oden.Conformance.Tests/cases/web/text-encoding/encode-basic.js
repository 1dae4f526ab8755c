// TextEncoder.encode: UTF-8 bytes; lone surrogates become U+FFFD.
const te = new TextEncoder();
function hex(u8) { return Array.from(u8).map(b => b.toString(16).padStart(2, '0')).join(' '); }
console.log(te.encoding, Object.prototype.toString.call(te));
console.log(hex(te.encode('abc')));
console.log(hex(te.encode('é€𝄞')));
console.log(hex(te.encode('\ud800')), hex(te.encode('\udc00x')), hex(te.encode('a\ud83dz')));
console.log(hex(te.encode('\ud83d\ude00')));
console.log(te.encode().length, te.encode('').length, te.encode(undefined).length);
console.log(hex(te.encode(null)), hex(te.encode(123)));
const r = te.encode('hi');
console.log(r instanceof Uint8Array, r.buffer.byteLength, r.byteOffset);
console.log(hex(te.encode('\u0000\u007f\u0080\u07ff\u0800\uffff')));
