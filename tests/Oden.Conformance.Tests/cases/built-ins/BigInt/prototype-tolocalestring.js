// BigInt.prototype.toLocaleString (default locale) and Symbol.toStringTag.
console.log((0n).toLocaleString(), (1234n).toLocaleString(), (-1234567n).toLocaleString(), (123456789012345678901234567890n).toLocaleString());
console.log((999n).toLocaleString(), (1000n).toLocaleString());
try { BigInt.prototype.toLocaleString.call(1); } catch (e) { console.log(e.constructor.name); }
console.log(BigInt.prototype[Symbol.toStringTag]);
const d = Object.getOwnPropertyDescriptor(BigInt.prototype, Symbol.toStringTag);
console.log(d.value, d.writable, d.enumerable, d.configurable);
console.log(Object.prototype.toString.call(1n), Object.prototype.toString.call(Object(1n)), String(Object(2n)));
console.log(BigInt.prototype.toLocaleString.length, BigInt.prototype.toLocaleString.name);
console.log(Object.getOwnPropertyNames(BigInt.prototype).sort().join());
console.log(Object.getOwnPropertyNames(BigInt).sort().join());
