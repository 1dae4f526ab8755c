// fill and set with content-type checks.
function t(f) { try { return f(); } catch (e) { return e.constructor.name; } }
const a = new BigInt64Array(5);
console.log(a.fill(7n), a.fill(-1n, 2), a.fill(2n ** 64n + 1n, -1), t(() => a.fill(1)), t(() => a.fill('3')), t(() => a.fill()));
const b = new BigInt64Array(4);
b.set([1n, 2n]);
b.set([9n], 3);
console.log(b, t(() => b.set([1])), t(() => b.set([1n], 4)), t(() => b.set({ length: 1, 0: 'x' })));
b.set(new BigUint64Array([2n ** 64n - 2n]), 1);
console.log(b);
console.log(t(() => b.set(new Int8Array(1))), t(() => new Int8Array(2).set(b.subarray(0, 1))), t(() => new Float64Array(4).set(new BigInt64Array(1))));
const shared = new BigInt64Array([1n, 2n, 3n, 4n]);
shared.set(shared.subarray(0, 3), 1);
console.log(shared);
const mixedBuf = new ArrayBuffer(16);
const big = new BigInt64Array(mixedBuf), small = new Int32Array(mixedBuf);
small[0] = -1; small[1] = 0x7fffffff;
console.log(big[0], new BigUint64Array(mixedBuf)[0]);
