// Large values: factorials, powers, Fibonacci, exact digits.
function fact(n) { let r = 1n; for (let i = 2n; i <= n; i++) r *= i; return r; }
console.log(fact(50n));
console.log(String(fact(100n)).length);
let a = 0n, b = 1n;
for (let i = 0; i < 300; i++) { const t = a + b; a = b; b = t; }
console.log(a);
console.log(2n ** 521n - 1n);
console.log((2n ** 521n - 1n) % 1000000007n);
function modpow(b, e, m) { let r = 1n; b %= m; while (e > 0n) { if (e & 1n) r = r * b % m; b = b * b % m; e >>= 1n; } return r; }
console.log(modpow(3n, 10n ** 18n, 1000000007n));
function isqrt(n) { if (n < 2n) return n; let x = n, y = (x + 1n) / 2n; while (y < x) { x = y; y = (x + n / x) / 2n; } return x; }
console.log(isqrt(10n ** 50n), isqrt(2n * 10n ** 40n));
console.log((10n ** 40n).toString(16), (-(10n ** 40n)).toString(2).length);
