// Bitwise operators and shifts on numeric locals: ToInt32 of values beyond int32 (up to and past 2^63),
// literal operands and shift counts folded at compile time, and chains of int32 operators.
function conv(x) {
  var a = x;
  return [a | 0, a >>> 0, a >> 0, a << 0, ~a, ~~a, a & 255, a ^ -1, (a >>> 0) | 0, (a | 0) >>> 0].join(' ');
}
var values = [0, -0, 1, -1, 1.9, -1.9, 2147483647, 2147483648, -2147483648, -2147483649, 4294967295,
  4294967296, 4294967296.5, 4294967297, 1e10, -1e10, 9007199254740991, 9007199254740993, 1e15 + 0.5,
  9223372036854775807, 9223372036854775808, -9223372036854775808, 18446744073709551616,
  18446744073709555712, 1e20, -1e20, 1e300, NaN, Infinity, -Infinity];
for (var i = 0; i < values.length; i++) console.log(String(values[i]), conv(values[i]));

// Literal operands beyond int32 and literal shift counts beyond 31 or negative.
var v = 123456789;
console.log(v & 4294967296.5, v | 4294967295, v ^ 1e20, v & -1e20, v | 2147483648);
console.log(v << 33, v >> 33, v >>> 33, v << -1, v >> -1, v >>> -1, v << 32.9, v >>> 1e10);
console.log(1 << 31, (1 << 31) >>> 0, -1 >>> 0, -1 >>> 31, -1 >> 31, ~0, ~-1, ~4294967295);

// Chains: the inner results stay int32 between operators.
var b0 = 200, b1 = 17, b2 = 255;
var n = (b0 << 16) | (b1 << 8) | b2;
console.log(n, n >>> 18, (n >>> 12) & 63, (n >>> 6) & 63, n & 63, ~(n ^ 0xffffff), (n << 8) >> 8, (n << 8) >>> 8);
var big = 3000000000;
console.log((big | 0) >>> 1, (big >>> 0) >> 1, ~big >>> 0, (big & big) ^ (big << 1), (~~big) * 2);

// Linear congruential steps and hashes (values pass 2^31 and 2^32 on the way).
var state = 7, hash = 0;
for (var k = 0; k < 2000; k++) {
  state = (Math.imul(state, 1103515245) + 12345) >>> 0;
  hash = ((hash << 5) - hash + (state >>> 24)) | 0;
  hash ^= (state * 3 + 12345) >>> 7;
}
console.log(state, hash);
var h = 2166136261;
for (var c = 0; c < 500; c++) { h ^= c & 0xff; h = (h * 16777619) >>> 0; }
console.log(h, h | 0, h >> 3, h << 3);
var acc = 0.5;
for (var j = 0; j < 100; j++) acc = acc * 3.7 + (acc | 0) - (acc >>> 3) + j;
console.log(acc | 0, acc >>> 0, acc > 1e300);

// The same conversions on locals the compiler proves numeric (computed, not parameters).
function numericLocals() {
  var out = [];
  for (var i = -3; i <= 3; i++) {
    var a = i * 3000000000.5;
    var b = i * 1e19;
    var c = i / 0;
    var d = i * 9223372036854775808;
    out.push([a | 0, a >>> 0, ~a, a & 65535, (a << 3) >> 1, (a >>> 1) ^ (a << 1), b | 0, b >>> 0, c | 0, ~c, d | 0, ~d].join(' '));
  }
  return out.join('\n');
}
console.log(numericLocals());
