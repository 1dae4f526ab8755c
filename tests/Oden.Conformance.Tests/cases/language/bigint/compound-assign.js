// Compound assignment operators with BigInts on variables, properties and elements.
let x = 10n;
x += 5n; console.log(x);
x -= 3n; console.log(x);
x *= 4n; console.log(x);
x /= 5n; console.log(x);
x %= 7n; console.log(x);
x **= 10n; console.log(x);
x <<= 2n; console.log(x);
x >>= 1n; console.log(x);
x &= 0xffffn; console.log(x);
x |= 1n; console.log(x);
x ^= 3n; console.log(x);
const o = { v: 1n }, a = [1n];
for (let i = 0; i < 5; i++) { o.v *= 3n; a[0] += o.v; }
console.log(o.v, a[0]);
let s = 'x';
s += 1n;
console.log(s);
let u;
try { u += 1n; } catch (e) { console.log(e.constructor.name, u); }
