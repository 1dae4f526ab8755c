// Calling methods on BigInt primitives; property access on primitives.
console.log((10n).toString(2), 10n.toString(16), (-10n).toString(3));
console.log(1n.constructor.name, (1n).toFixed, 'toString' in BigInt.prototype);
console.log(5n.hasOwnProperty('toString'), Object.prototype.hasOwnProperty.call(5n, 'x'));
const p = 7n;
p.foo = 1;
console.log(p.foo);
console.log([1n, 2n, 3n].map(x => x * x), [5n, 1n, 3n].reduce((a, b) => a + b, 0n));
console.log([3n, -1n, 2n].map(String), ['1', '0x2', '3'].map(BigInt));
console.log(Object.prototype.toString.call(p), Object(p) instanceof BigInt, p instanceof BigInt);
console.log(Array.from({ length: 4 }, (_, i) => BigInt(i) ** 3n));
console.log(Object.getOwnPropertyNames(Object(1n)));
