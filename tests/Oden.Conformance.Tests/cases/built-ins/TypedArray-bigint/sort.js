// sort and toSorted: numeric BigInt order, with and without a comparator.
const a = new BigInt64Array([5n, -3n, 2n ** 62n, 0n, -(2n ** 62n), 1n]);
console.log(a.slice().sort(), a.toSorted(), a);
console.log(a.slice().sort((x, y) => (x < y ? 1 : x > y ? -1 : 0)));
console.log(a.slice().sort((x, y) => Number(y - x)));
const u = new BigUint64Array([2n ** 64n - 1n, 1n, 2n ** 63n, 0n]);
console.log(u.sort(), u.toSorted((x, y) => (y > x ? 1 : -1)));
try { a.slice().sort((x, y) => x - y); } catch (e) { console.log(e.constructor.name); }
console.log(new BigInt64Array(0).sort(), new BigInt64Array([7n]).toSorted());
console.log(a.toReversed(), a.slice().reverse(), a.with(1, 100n), a.with(-1, -100n));
try { a.with(0, 1); } catch (e) { console.log(e.constructor.name); }
try { a.with(10, 1n); } catch (e) { console.log(e.constructor.name); }
