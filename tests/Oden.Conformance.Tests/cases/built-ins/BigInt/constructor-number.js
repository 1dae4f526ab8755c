// BigInt(number): integers convert exactly, non-integers are a RangeError.
function t(f) { try { return f(); } catch (e) { return e.constructor.name; } }
console.log(t(() => BigInt(0)), t(() => BigInt(-0)), t(() => BigInt(42)), t(() => BigInt(-42)));
console.log(t(() => BigInt(Number.MAX_SAFE_INTEGER)), t(() => BigInt(2 ** 53 + 2)), t(() => BigInt(1e21)));
console.log(t(() => BigInt(Number.MAX_VALUE)));
console.log(t(() => BigInt(1.5)), t(() => BigInt(-0.1)), t(() => BigInt(NaN)), t(() => BigInt(Infinity)), t(() => BigInt(-Infinity)));
console.log(t(() => BigInt(Number.MIN_VALUE)), t(() => BigInt(2 ** -1074)));
console.log(t(() => BigInt(1e300) === 10n ** 300n), t(() => BigInt(2 ** 100) === 2n ** 100n));
console.log(t(() => BigInt(new Number(7))), t(() => BigInt({ valueOf() { return 8; } })), t(() => BigInt({ valueOf() { return 8.5; } })));
console.log(t(() => BigInt(Object(9n))), t(() => BigInt(10n)));
