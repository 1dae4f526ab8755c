// & | ^ ~ << >> with two's-complement semantics on arbitrary sizes.
console.log(12n & 10n, 12n | 10n, 12n ^ 10n);
console.log(-12n & 10n, -12n | 10n, -12n ^ 10n, -12n & -10n, -12n | -10n, -12n ^ -10n);
console.log((2n ** 70n + 5n) & 0xffn, (2n ** 70n) | 1n, (2n ** 70n) ^ (2n ** 70n + 3n));
console.log(-1n & (2n ** 80n - 1n));
console.log(1n << 10n, 1n << 64n, 5n << 0n, -5n << 3n);
console.log(1024n >> 3n, -1024n >> 3n, -1n >> 100n, 7n >> 100n, -7n >> 1n, -8n >> 1n, -9n >> 1n);
console.log(8n << -2n, -8n >> -2n, 1n >> -3n, -7n << -1n);
console.log(~(2n ** 100n), ~-(2n ** 100n));
let x = 0xf0n;
x &= 0x3cn; console.log(x);
x |= 0x100n; console.log(x);
x ^= 0x1ffn; console.log(x);
x <<= 4n; console.log(x);
x >>= 2n; console.log(x);
console.log(0n << 1000000n, 0n >> 5n);
