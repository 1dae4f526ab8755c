// The BigInt global binding: lazily created, writable, per realm state.
console.log(typeof globalThis.BigInt, 'BigInt' in globalThis, Object.keys(globalThis).includes('BigInt'));
const saved = BigInt;
globalThis.BigInt = function () { return 'replaced'; };
console.log(BigInt(1), typeof 1n, (1n).constructor === saved);
globalThis.BigInt = saved;
console.log(BigInt(2) === 2n);
console.log(typeof BigInt.prototype.valueOf.call(3n));
