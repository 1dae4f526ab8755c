function hypot(a, b) { return Math.sqrt(a * a + b * b); }
console.log(hypot(3, 4), hypot(5, 12));
function roundTo(x, d) { var m = Math.pow(10, d); return Math.round(x * m) / m; }
console.log(roundTo(3.14159, 2), roundTo(2.5, 0), roundTo(-1.005, 2));
function clamp(x, lo, hi) { return Math.min(hi, Math.max(lo, x)); }
console.log(clamp(5, 0, 3), clamp(-1, 0, 3), clamp(2, 0, 3));
var sum = 0;
for (var i = 1; i <= 100; i++) sum += Math.sqrt(i) === Math.floor(Math.sqrt(i)) ? i : 0;
console.log(sum);
