// slice, subarray, copyWithin and species with BigInt arrays.
function t(f) { try { return f(); } catch (e) { return e.constructor.name; } }
const a = new BigInt64Array([1n, 2n, 3n, 4n, 5n]);
console.log(a.slice(1, 3), a.slice(-2), a.subarray(2), a.subarray(1, 2).buffer === a.buffer);
console.log(a.slice().copyWithin(0, 3), a.slice().copyWithin(1, 0, 2));
const b = new BigInt64Array([-1n, 2n]);
b.constructor = { [Symbol.species]: Int8Array };
console.log(t(() => b.slice()), t(() => b.map(x => x)), t(() => b.filter(() => true)));
b.constructor = { [Symbol.species]: BigUint64Array };
console.log(t(() => b.slice()), t(() => b.map(x => x * 2n)), t(() => b.subarray(1)));
const n = new Int16Array([1, 2]);
n.constructor = { [Symbol.species]: BigInt64Array };
console.log(t(() => n.slice()), t(() => n.map(x => x)));
