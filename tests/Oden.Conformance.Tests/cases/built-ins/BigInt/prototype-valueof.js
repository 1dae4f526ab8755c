// BigInt.prototype.valueOf and thisBigIntValue.
function t(f) { try { return f(); } catch (e) { return e.constructor.name; } }
console.log((5n).valueOf(), Object(6n).valueOf(), typeof Object(6n).valueOf());
console.log(t(() => BigInt.prototype.valueOf.call(1)), t(() => BigInt.prototype.valueOf.call(undefined)), t(() => BigInt.prototype.valueOf.call(null)));
console.log(t(() => BigInt.prototype.valueOf.call({})), t(() => BigInt.prototype.valueOf.call(Object(1))), t(() => BigInt.prototype.valueOf.call(BigInt.prototype)));
console.log(t(() => BigInt.prototype.valueOf.call(Object(7n))));
console.log(BigInt.prototype.valueOf.length, BigInt.prototype.valueOf.name);
const w = Object(3n);
w.valueOf = () => 100n;
console.log(w + 1n, w * 2n, w > 50n);
const orig = BigInt.prototype.valueOf;
BigInt.prototype.valueOf = function () { return 42n; };
console.log(Object(1n) + 0n, 1n + 0n);
BigInt.prototype.valueOf = orig;
console.log(Object(1n) + 0n);
