// RangeError for division by zero and negative exponents; TypeError for >>> and unary +.
function t(f) { try { return f(); } catch (e) { return e.constructor.name + (e instanceof Error ? '!' : ''); } }
console.log(t(() => 1n / 0n));
console.log(t(() => 0n / 0n));
console.log(t(() => 1n % 0n));
console.log(t(() => 2n ** -1n));
console.log(t(() => 0n ** -1n));
console.log(t(() => 1n >>> 0n));
console.log(t(() => 0n >>> 1n));
console.log(t(() => +1n));
console.log(t(() => +Object(1n)));
console.log(t(() => { let x = 1n; x >>>= 1n; return x; }));
console.log(t(() => { let x = 5n; x /= 0n; return x; }));
console.log(t(() => { let x = 5n; x %= 0n; return x; }));
console.log(t(() => (-5n) ** 3n));
console.log(t(() => 1n << 100n));
console.log(t(() => 1n / 1n));
