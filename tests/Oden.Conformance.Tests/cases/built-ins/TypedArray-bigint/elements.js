// Element reads and writes: ToBigInt conversion, wrapping to 64 bits, TypeError for numbers.
function t(f) { try { return f(); } catch (e) { return e.constructor.name; } }
const a = new BigInt64Array(4), u = new BigUint64Array(4);
a[0] = 2n ** 63n; a[1] = -(2n ** 63n) - 1n; a[2] = 2n ** 64n + 7n; a[3] = -1n;
u[0] = -1n; u[1] = 2n ** 64n; u[2] = 2n ** 65n + 9n; u[3] = 12345678901234567890n;
console.log(a, u);
a[0] = true; a[1] = '42'; a[2] = Object(3n); a[3] = { valueOf() { return -4n; } };
console.log(a);
console.log(t(() => { a[0] = 1; }), t(() => { a[0] = 1.5; }), t(() => { a[0] = 'x'; }), t(() => { a[0] = null; }), t(() => { a[0] = undefined; }), t(() => { a[0] = Symbol(); }));
console.log(t(() => { a[10] = 1; }), t(() => { a[10] = 1n; }), a[10], a[-1], a['1.5']);
console.log(t(() => { 'use strict'; a[0] = 2; }));
console.log(a[0], typeof a[0], u[3] > 2n ** 63n);
for (let i = 0; i < 4; i++) a[i] = BigInt(i) * 1000000000000n;
console.log(a);
let sum = 0n;
for (let i = 0; i < a.length; i++) sum += a[i];
console.log(sum);
console.log(Object.getOwnPropertyDescriptor(a, 1), Object.keys(a), Reflect.has(a, 3), Reflect.has(a, 4));
console.log(t(() => Object.defineProperty(a, 0, { value: 99n })[0]), t(() => Object.defineProperty(a, 0, { value: 99 })));
console.log(Reflect.set(a, 1, 5n), a[1], t(() => Reflect.set(a, 1, 5)));
