// charCodeAt and String.fromCharCode as base64 coders use them: flat strings, ropes, String objects,
// integral, fractional, negative-zero, NaN and out-of-range indexes; fromCharCode with 0, 1, 3, 256, 257
// and thousands of arguments (spread), with coercions and values beyond 16 bits.
const s = 'Man\u00e9\uffff';
console.log(s.charCodeAt(0), s.charCodeAt(3), s.charCodeAt(4), s.charCodeAt(-0), s.charCodeAt(1.9));
console.log(s.charCodeAt(-1), s.charCodeAt(5), s.charCodeAt(NaN), s.charCodeAt(), s.charCodeAt('2'), s.charCodeAt(2 ** 32 + 1));
let rope = '';
for (let i = 0; i < 5; i++) rope += String.fromCharCode(97 + i);
console.log(rope.charCodeAt(4), rope.charCodeAt(0), rope.charCodeAt(5));
console.log(new String('xyz').charCodeAt(1), String.prototype.charCodeAt.call(12345, 2), String.prototype.charCodeAt.call(true, 0));
try { String.prototype.charCodeAt.call(null, 0); } catch (e) { console.log(e.constructor.name); }
console.log(JSON.stringify(String.fromCharCode()), String.fromCharCode(65), String.fromCharCode(77, 97, 110));
console.log(String.fromCharCode(65 + 65536, -1, 1.9e5, '66', { valueOf() { return 67; } }).split('').map((c) => c.charCodeAt(0)).join());
for (const n of [256, 257, 5000]) {
  const codes = Array.from({ length: n }, (_, i) => (i * 7919) % 65536);
  const text = String.fromCharCode(...codes);
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum * 31 + text.charCodeAt(i)) % 1000003;
  console.log(n, text.length, sum, text.charCodeAt(n - 1) === codes[n - 1]);
}
