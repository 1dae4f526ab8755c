// Exact comparisons near the limits of double precision.
const cases = [
  [2n ** 53n, 2 ** 53], [2n ** 53n + 1n, 2 ** 53], [2n ** 53n - 1n, 2 ** 53],
  [2n ** 64n, 2 ** 64], [2n ** 64n + 1n, 2 ** 64], [-(2n ** 64n), -(2 ** 64)],
  [10n ** 22n, 1e22], [10n ** 23n, 1e23], [0n, 0.0000001], [-1n, -0.9999], [0n, -0],
  [5n, 5.000000000000001], [5n, 4.999999999999999],
];
for (const c of cases) {
  const b = c[0], n = c[1];
  console.log(b, n, b < n, b > n, b <= n, b >= n, b == n, n < b, n == b);
}
console.log(Number.MAX_SAFE_INTEGER < 2n ** 53n, Number.MIN_VALUE > 0n, -Number.MIN_VALUE < 0n);
console.log(Number.MAX_VALUE == 2n ** 1024n - 2n ** 971n, Number.MAX_VALUE < 2n ** 1024n - 2n ** 971n + 1n);
