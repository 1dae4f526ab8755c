// JSON.stringify throws a TypeError for BigInts unless toJSON handles them.
function t(f) { try { return f(); } catch (e) { return e.constructor.name; } }
console.log(t(() => JSON.stringify(1n)));
console.log(t(() => JSON.stringify({ a: 1n })));
console.log(t(() => JSON.stringify([1n])));
console.log(t(() => JSON.stringify(Object(1n))));
console.log(t(() => JSON.stringify({ a: 1n }, (k, v) => (typeof v === 'bigint' ? v.toString() : v))));
console.log(t(() => JSON.stringify([2n ** 64n], (k, v) => (typeof v === 'bigint' ? Number(v) : v))));
BigInt.prototype.toJSON = function () { return this.toString() + 'n'; };
console.log(t(() => JSON.stringify(1n)));
console.log(t(() => JSON.stringify({ a: 1n, b: [2n, { c: -3n }] })));
console.log(t(() => JSON.stringify(Object(4n))));
delete BigInt.prototype.toJSON;
console.log(t(() => JSON.stringify({ a: 1n })));
console.log(t(() => JSON.parse('1')), typeof JSON.parse('12345678901234567890'));
console.log(t(() => JSON.stringify({ toJSON() { return 5n; } })));
console.log(t(() => JSON.stringify({ x: undefined, y: 1 }, null, 1n)));
