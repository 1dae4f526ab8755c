// BigInt.prototype.toString(radix).
function t(f) { try { return f(); } catch (e) { return e.constructor.name; } }
const vals = [0n, 1n, -1n, 35n, 36n, 255n, -255n, 2n ** 64n, -(2n ** 100n) + 1n, 123456789012345678901234567890n];
for (const v of vals) console.log(v.toString(), v.toString(2), v.toString(8), v.toString(16), v.toString(36), v.toString(7));
console.log(t(() => (10n).toString(1)), t(() => (10n).toString(37)), t(() => (10n).toString(0)), t(() => (10n).toString(2.9)));
console.log(t(() => (10n).toString(undefined)), t(() => (10n).toString('16')), t(() => (10n).toString(NaN)));
console.log(t(() => BigInt.prototype.toString.call(1)), t(() => BigInt.prototype.toString.call('1')), t(() => BigInt.prototype.toString.call(Object(5n), 2)));
console.log(t(() => BigInt.prototype.toString.call(BigInt.prototype)), t(() => BigInt.prototype.toString.call({})));
console.log(BigInt.prototype.toString.length, BigInt.prototype.toString.name);
