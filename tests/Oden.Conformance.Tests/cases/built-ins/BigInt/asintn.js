// BigInt.asIntN: wrap to a signed integer of the given width.
function t(f) { try { return f(); } catch (e) { return e.constructor.name; } }
const vals = [0n, 1n, -1n, 127n, 128n, 255n, 256n, -128n, -129n, 2n ** 63n, 2n ** 64n - 1n, -(2n ** 63n) - 1n, 2n ** 100n + 5n];
for (const v of vals) console.log(v, BigInt.asIntN(8, v), BigInt.asIntN(1, v), BigInt.asIntN(0, v), BigInt.asIntN(64, v), BigInt.asIntN(200, v));
console.log(t(() => BigInt.asIntN(-1, 1n)), t(() => BigInt.asIntN(2 ** 53, 1n)), t(() => BigInt.asIntN(2 ** 53 - 1, 5n)));
console.log(t(() => BigInt.asIntN(8, 1)), t(() => BigInt.asIntN(8, '255')), t(() => BigInt.asIntN(8, true)), t(() => BigInt.asIntN(8)));
console.log(t(() => BigInt.asIntN('8', 255n)), t(() => BigInt.asIntN(8.9, 255n)), t(() => BigInt.asIntN(undefined, 5n)), t(() => BigInt.asIntN(NaN, 5n)));
console.log(BigInt.asIntN.length, BigInt.asIntN.name);
console.log(t(() => BigInt.asIntN(Symbol(), 1n)), t(() => BigInt.asIntN(1n, 1n)));
