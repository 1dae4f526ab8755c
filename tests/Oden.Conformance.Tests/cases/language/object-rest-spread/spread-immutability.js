// Spread creates fresh writable, enumerable, configurable data properties.
const frozen = Object.freeze({ a: 1 });
const copy = { ...frozen };
copy.a = 2;
console.log(frozen.a, copy.a, Object.isFrozen(copy));
const readonly = Object.defineProperty({}, 'r', { value: 'ro', enumerable: true, writable: false, configurable: false });
const d = Object.getOwnPropertyDescriptor({ ...readonly }, 'r');
console.log(d.value, d.writable, d.enumerable, d.configurable);
const accessor = { get a() { return 'computed'; }, set a(v) {} };
const ad = Object.getOwnPropertyDescriptor({ ...accessor }, 'a');
console.log(ad.value, 'get' in ad, ad.writable);
const sealedTarget = { ...Object.seal({ s: 1 }) };
delete sealedTarget.s;
console.log('s' in sealedTarget);
