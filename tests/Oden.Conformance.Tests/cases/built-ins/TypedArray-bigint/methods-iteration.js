// Iteration and callback methods on BigInt arrays.
const a = new BigInt64Array([3n, -1n, 4n, 1n, -5n]);
console.log(Array.from(a), Array.from(a.keys()), Array.from(a.entries()).join(' | '));
for (const x of a) console.log(typeof x, x);
console.log(a.map(x => x * x), a.filter(x => x > 0n), a.find(x => x < 0n), a.findIndex(x => x === 4n), a.findLast(x => x > 0n), a.findLastIndex(x => x < 0n));
console.log(a.every(x => typeof x === 'bigint'), a.some(x => x === 1n), a.reduce((s, x) => s + x, 0n), a.reduceRight((s, x) => s + String(x), ''));
a.forEach((x, i) => { if (i < 2) console.log(i, x); });
console.log(a.at(0), a.at(-1), a.at(9));
try { a.map(x => 1); } catch (e) { console.log(e.constructor.name); }
const u = new BigUint64Array([1n, 2n]);
console.log(u.map(x => -x));
console.log(a.join(), a.join(' '), a.toString(), String(u));
console.log(a.toLocaleString(), new BigUint64Array([1234567n]).toLocaleString());
