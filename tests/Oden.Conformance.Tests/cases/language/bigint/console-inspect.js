// console.log prints BigInts with the n suffix, and wrappers as [BigInt: …].
console.log(1n);
console.log(-1n, 0n, 2n ** 128n);
console.log([1n, -2n], { a: 1n, b: [3n] });
console.log(Object(1n), [Object(-5n)], { w: Object(0n) });
console.log(new Map([[1n, 2n]]), new Set([3n, 4n]));
console.log('%d|%i|%s|%f', 10n, 11n, 12n, 13n);
console.log('%d', Object(9n));
console.log('%s', [1n]);
console.log('%o', 5n);
console.log([1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n, 10n, 11n, 12n, 13n, 14n, 15n, 16n, 17n, 18n, 19n, 20n, 21n, 22n, 23n, 24n, 25n, 26n, 27n]);
console.log({ big: 123456789012345678901234567890123456789012345678901234567890n });
const w = Object(3n);
w.prop = 1;
console.log(w);
console.log([undefined, null, 1, 1n, 'x']);
