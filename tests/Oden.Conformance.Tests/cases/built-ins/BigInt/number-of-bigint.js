// Number(bigint) rounds to nearest, ties to even; Infinity past the range.
const vals = [0n, 1n, -1n, 2n ** 53n, 2n ** 53n + 1n, 2n ** 53n + 3n, 2n ** 54n + 2n, 2n ** 54n + 6n,
  2n ** 64n - 1n, 10n ** 21n, 10n ** 22n + 1n, 2n ** 1023n, 2n ** 1024n, 2n ** 1024n - 2n ** 970n, 2n ** 1024n - 2n ** 971n, -(2n ** 1025n)];
for (const v of vals) console.log(Number(v));
console.log(Number(123456789012345678901234567890n), Number(-98765432109876543210n));
console.log(parseFloat(String(2n ** 70n)) === Number(2n ** 70n));
console.log(Number(BigInt(Number.MAX_VALUE)) === Number.MAX_VALUE);
