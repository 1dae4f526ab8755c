// Keys, length, detached-like edge cases and property enumeration.
const a = new BigInt64Array([10n, 20n, 30n]);
console.log(Object.keys(a), Object.getOwnPropertyNames(a), a.length, a.byteLength, a.byteOffset);
for (const k in a) console.log('key', k, a[k]);
console.log('0' in a, '3' in a, '-0' in a, '1.5' in a, delete a[0], delete a[5]);
a.foo = 'bar';
console.log(Object.keys(a), a.foo);
console.log(Object.entries(a).join(' '), Object.values(a));
const copy = Object.assign({}, a);
console.log(copy);
const frozen = new BigInt64Array(0);
console.log(Object.isFrozen(frozen), Object.isExtensible(a));
try { Object.freeze(a); } catch (e) { console.log(e.constructor.name); }
