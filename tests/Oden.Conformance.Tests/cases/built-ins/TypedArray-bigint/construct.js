// BigInt64Array / BigUint64Array constructors: length, array-like, iterable, buffer, typed array.
function t(f) { try { return f(); } catch (e) { return e.constructor.name; } }
console.log(new BigInt64Array(3), new BigUint64Array(0), new BigInt64Array());
console.log(new BigInt64Array([1n, -2n, 2n ** 63n]), new BigUint64Array([1n, -2n, 2n ** 64n + 3n]));
console.log(new BigInt64Array({ length: 2, 0: 5n, 1: '7' }), new BigInt64Array(new Set([8n, 9n])));
console.log(new BigInt64Array([true, false, '0x10']));
console.log(t(() => new BigInt64Array([1])), t(() => new BigInt64Array([1.5])), t(() => new BigUint64Array(['x'])), t(() => new BigInt64Array([undefined])));
const buf = new ArrayBuffer(24);
const v1 = new BigInt64Array(buf, 8);
const v2 = new BigUint64Array(buf, 0, 2);
v1[0] = -1n;
console.log(v1.length, v2.length, v2[1], v1.byteOffset, v2.byteLength);
console.log(t(() => new BigInt64Array(buf, 3)), t(() => new BigInt64Array(new ArrayBuffer(12))), t(() => new BigInt64Array(buf, 0, 4)));
console.log(new BigUint64Array(new BigInt64Array([-1n, 5n])), new BigInt64Array(new BigUint64Array([2n ** 64n - 1n])));
console.log(t(() => new BigInt64Array(new Int32Array([1]))), t(() => new Float64Array(new BigInt64Array([1n]))), t(() => new Uint8Array(new BigUint64Array(1))));
console.log(t(() => BigInt64Array(2)), t(() => new BigInt64Array(-1)));
console.log(BigInt64Array.BYTES_PER_ELEMENT, BigUint64Array.BYTES_PER_ELEMENT, BigInt64Array.prototype.BYTES_PER_ELEMENT);
console.log(BigInt64Array.name, BigInt64Array.length, Object.getPrototypeOf(BigInt64Array) === Object.getPrototypeOf(Int8Array));
console.log(Object.getPrototypeOf(BigUint64Array.prototype) === Object.getPrototypeOf(Int8Array.prototype));
