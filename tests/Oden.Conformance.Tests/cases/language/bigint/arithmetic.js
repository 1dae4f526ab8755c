// + - * / % ** on BigInts, including signs and truncating division.
console.log(1n + 2n, 10n - 20n, 6n * 7n, -6n * 7n);
console.log(7n / 2n, -7n / 2n, 7n / -2n, -7n / -2n, 1n / 3n);
console.log(7n % 2n, -7n % 2n, 7n % -2n, -7n % -2n, 0n % 5n);
console.log(2n ** 10n, (-2n) ** 3n, (-2n) ** 4n, 0n ** 0n, 5n ** 0n, 1n ** 1000n, (-1n) ** 1001n);
console.log(2n ** 200n);
console.log(12345678901234567890n * 98765432109876543210n);
console.log(10n ** 30n / 7n, 10n ** 30n % 7n);
console.log(-(2n ** 63n), 2n ** 63n - 1n, 2n ** 64n + 1n);
let acc = 1n;
for (let i = 1n; i <= 25n; i++) acc *= i;
console.log(acc);
let s = 0n;
for (let i = 0n; i < 100n; i += 7n) s += i;
console.log(s);
console.log(0n - 0n, -0n === 0n, 1n - 1n);
