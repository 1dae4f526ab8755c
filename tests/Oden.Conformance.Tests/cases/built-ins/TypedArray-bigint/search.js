// indexOf, lastIndexOf, includes with BigInt and Number search values.
const a = new BigInt64Array([1n, 2n, 3n, 2n, -1n]);
console.log(a.indexOf(2n), a.indexOf(2), a.indexOf('2'), a.indexOf(2n, 2), a.indexOf(2n, -2), a.indexOf(9n));
console.log(a.lastIndexOf(2n), a.lastIndexOf(2), a.lastIndexOf(2n, 2), a.lastIndexOf(-1n), a.lastIndexOf(1n, -10));
console.log(a.includes(3n), a.includes(3), a.includes(-1n), a.includes(Object(3n)), a.includes(3n, 3));
const u = new BigUint64Array([2n ** 64n - 1n, 0n]);
console.log(u.indexOf(-1n), u.indexOf(2n ** 64n - 1n), u.includes(18446744073709551615n), u.indexOf(0n), u.includes(0));
const n = new Float64Array([1, 2]);
console.log(n.indexOf(1n), n.includes(1n), n.indexOf(1));
