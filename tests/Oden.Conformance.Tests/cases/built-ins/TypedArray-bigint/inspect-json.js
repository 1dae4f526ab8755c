// Printing BigInt arrays and their JSON/string forms.
function t(f) { try { return f(); } catch (e) { return e.constructor.name; } }
console.log(new BigInt64Array([1n, -1n]));
console.log([new BigUint64Array([2n ** 64n - 1n])]);
console.log({ arr: new BigInt64Array(2) });
console.log(new BigInt64Array(30));
console.log(t(() => JSON.stringify(new BigInt64Array([1n]))), t(() => JSON.stringify(new BigInt64Array(0))));
console.log(String(new BigInt64Array([1n, 2n])), `${new BigUint64Array([3n])}`);
console.log(Object.prototype.toString.call(new BigUint64Array(1)), new BigUint64Array(1)[Symbol.toStringTag]);
console.log(ArrayBuffer.isView(new BigInt64Array(1)), new BigInt64Array(3).byteLength, new BigUint64Array(new ArrayBuffer(32), 8).length);
