// BigInt64Array.from / .of with mapping and conversions.
function t(f) { try { return f(); } catch (e) { return e.constructor.name; } }
console.log(BigInt64Array.from([1n, 2n, 3n]), BigUint64Array.from({ length: 3 }, (_, i) => BigInt(i) - 1n));
console.log(BigInt64Array.from(['1', '0x20', true]), t(() => BigInt64Array.from([1, 2])));
console.log(BigInt64Array.of(1n, -1n), BigUint64Array.of(-1n), t(() => BigInt64Array.of(1)));
console.log(BigInt64Array.from(new Set([5n, 5n, 6n])), BigInt64Array.from(new BigUint64Array([7n])));
console.log(t(() => BigInt64Array.from(new Int8Array([1]))), BigInt64Array.from(new Int8Array([1]), x => BigInt(x)));
console.log(Int32Array.from(new BigInt64Array([1n]), x => Number(x)), t(() => Int32Array.from(new BigInt64Array([1n]))));
