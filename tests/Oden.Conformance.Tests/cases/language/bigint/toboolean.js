// ToBoolean: 0n is falsy, every other BigInt truthy; wrappers are objects.
console.log(!!0n, !!1n, !!-1n, !!(2n ** 100n), Boolean(0n), Boolean(-0n));
if (0n) console.log('0n truthy'); else console.log('0n falsy');
if (1n) console.log('1n truthy');
console.log(0n || 'fallback', 1n || 'fallback', 0n && 'x', 5n && 'y');
console.log(0n ? 'yes' : 'no', 3n ? 'yes' : 'no');
let n = 3n, count = 0;
while (n) { n--; count++; }
console.log(count);
console.log(!!Object(0n), Object(0n) ? 'wrapper truthy' : 'falsy');
console.log([0n, 1n, 0n, 2n].filter(Boolean));
do { console.log('once'); } while (0n);
for (let i = 2n; i; i--) console.log('for', i);
