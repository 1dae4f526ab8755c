// ToInt32/ToUint32 on numbers outside the int32 range (bitwise operators, shifts, Math.imul): uint32
// values, products of two int32s, values near and beyond 2^53 and 2^63, negatives, fractions, NaN, ±Infinity.
const values = [
  2147483648, 4294967295, 4294967296, 4294967297, -2147483649, -4294967295,
  3000000000.7, -3000000000.7, 2 ** 40 + 5, -(2 ** 40) - 5, 2 ** 52 + 3, 2 ** 53, 2 ** 53 + 2,
  1103515245 * 2147483647, -1103515245 * 2147483647, 2 ** 62 + 2 ** 40, 2 ** 63 - 1024, 2 ** 63,
  -(2 ** 63), 2 ** 64 + 4096, 1e20, -1e20, 1.5e300, NaN, Infinity, -Infinity, 0.5, -0.5,
];
for (const v of values) {
  console.log(String(v), v | 0, v >>> 0, v >> 3, v << 1, ~v, v ^ 1, v & 0xffff, Math.imul(v, 3));
}

// An LCG in uint32 arithmetic, as benchmarks and hash functions write it.
let state = 1;
const out = [];
for (let i = 0; i < 8; i++) {
  state = (Math.imul(state, 1103515245) + 12345) >>> 0;
  out.push(state);
}
console.log(out.join(' '));
let h = 2166136261;
for (const ch of 'hello, world') h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
console.log(h);
