// Wrapping at the 64-bit boundaries, both directions.
const vals = [0n, 1n, -1n, 2n ** 63n - 1n, 2n ** 63n, -(2n ** 63n), -(2n ** 63n) - 1n, 2n ** 64n - 1n, 2n ** 64n, 2n ** 100n + 3n, -(2n ** 100n) - 3n];
const s = new BigInt64Array(1), u = new BigUint64Array(1);
for (const v of vals) {
  s[0] = v; u[0] = v;
  console.log(String(v), s[0], u[0], BigInt.asIntN(64, v) === s[0], BigInt.asUintN(64, v) === u[0]);
}
