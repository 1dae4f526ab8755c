// BigInt(value) for booleans, undefined, null, symbols, objects; new BigInt is a TypeError.
function t(f) { try { return f(); } catch (e) { return e.constructor.name; } }
console.log(t(() => BigInt(true)), t(() => BigInt(false)));
console.log(t(() => BigInt()), t(() => BigInt(undefined)), t(() => BigInt(null)), t(() => BigInt(Symbol())));
console.log(t(() => BigInt({})), t(() => BigInt([])), t(() => BigInt([5])), t(() => BigInt(['0x10'])));
console.log(t(() => new BigInt(1)), t(() => new BigInt()), t(() => Reflect.construct(BigInt, [1])));
console.log(t(() => BigInt({ [Symbol.toPrimitive](hint) { return hint === 'number' ? 3n : 0n; } })));
console.log(t(() => BigInt({ [Symbol.toPrimitive]() { return {}; } })));
console.log(t(() => BigInt(1, 2, 3)));
console.log(BigInt.length, BigInt.name, typeof BigInt.prototype, Object.getPrototypeOf(BigInt) === Function.prototype);
const d = Object.getOwnPropertyDescriptor(globalThis, 'BigInt');
console.log(d.writable, d.enumerable, d.configurable);
const p = Object.getOwnPropertyDescriptor(BigInt, 'prototype');
console.log(p.writable, p.enumerable, p.configurable);
console.log(BigInt.prototype.constructor === BigInt, Object.getPrototypeOf(BigInt.prototype) === Object.prototype);
