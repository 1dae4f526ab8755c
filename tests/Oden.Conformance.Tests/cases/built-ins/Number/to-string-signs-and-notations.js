// Number::toString across its four notations (digits and zeros, a point inside, "0.000…", exponent), for
// negative numbers too, and the same values through String(), template literals and `+ ''`.
const values = [
  1, -1, 0.5, -0.5, 123.456, -123.456, 0.1 + 0.2, -(0.1 + 0.2), 1 / 3, -2 / 3,
  1e20, 1e21, -1e21, 123456789012345680000, 1.5e300, -1.7976931348623157e308, 5e-324, -5e-324,
  0.000001, 0.0000001, -0.0000012345, 1.2345e-7, 2 ** 53, -(2 ** 53) - 2, 2 ** 31, -(2 ** 31) - 1,
  4294967296.5, -0, NaN, Infinity, -Infinity, 9.999999999999999e22, 1e-6, 1e-7,
];
for (const v of values) {
  const a = String(v);
  const b = `${v}`;
  const c = v + '';
  console.log(a, a === b && b === c, a.length);
}
// Many distinct non-integers in a row (keys of the splay benchmark's shape).
let seed = 49734321;
let total = 0;
const seen = new Set();
for (let i = 0; i < 2000; i++) {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  const key = seed / 4294967296;
  const text = `${key}`;
  total += text.length;
  seen.add(text);
  if (Number(text) !== key) console.log('round trip failed', text);
}
console.log(total, seen.size);
