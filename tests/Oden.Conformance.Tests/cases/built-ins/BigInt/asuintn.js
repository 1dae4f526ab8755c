// BigInt.asUintN: wrap to an unsigned integer of the given width.
function t(f) { try { return f(); } catch (e) { return e.constructor.name; } }
const vals = [0n, 1n, -1n, 255n, 256n, -256n, -257n, 2n ** 64n, 2n ** 64n - 1n, -(2n ** 64n), 2n ** 100n + 5n];
for (const v of vals) console.log(v, BigInt.asUintN(8, v), BigInt.asUintN(1, v), BigInt.asUintN(0, v), BigInt.asUintN(64, v), BigInt.asUintN(70, v));
console.log(t(() => BigInt.asUintN(-1, 1n)), t(() => BigInt.asUintN(2 ** 53, 1n)), t(() => BigInt.asUintN(2 ** 53 - 1, 5n)));
console.log(t(() => BigInt.asUintN(8, 1)), t(() => BigInt.asUintN(8, '-1')), t(() => BigInt.asUintN(8, false)));
console.log(t(() => BigInt.asUintN(3.7, 15n)), t(() => BigInt.asUintN(null, 15n)), t(() => BigInt.asUintN('x', 15n)));
console.log(BigInt.asUintN.length, BigInt.asUintN.name);
let order = [];
t(() => BigInt.asUintN({ valueOf() { order.push('bits'); return 8; } }, { valueOf() { order.push('bigint'); return 1n; } }));
console.log(order.join());
