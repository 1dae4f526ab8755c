// < > <= >= between BigInts, Numbers and strings: exact comparison.
console.log(1n < 2n, 2n < 1n, 1n <= 1n, 1n >= 2n, -5n < -4n);
console.log(1n < 2, 2 < 1n, 1n < 1, 1n <= 1, 1n > 0.5, 1n < 1.5, -1n < -0.5, -1n > -1.5);
console.log(0n < -0, 0n <= -0, 0n >= -0);
console.log(9007199254740993n > 9007199254740992, 9007199254740993n < 9007199254740994);
console.log(9007199254740992n == 9007199254740993, 9007199254740993n > 9007199254740993);
console.log(2n ** 1024n > Number.MAX_VALUE, 2n ** 1024n < Infinity, -(2n ** 1024n) > -Infinity);
console.log(1n < NaN, 1n > NaN, 1n <= NaN, 1n >= NaN, NaN < 1n, NaN >= 1n);
console.log(1n < Infinity, 1n > -Infinity, Infinity > 2n ** 2000n, -Infinity < -(2n ** 2000n));
console.log(1n < '2', '2' < 10n, '10' > 9n, 2n < '1', '0x10' > 15n, '0b11' >= 3n);
console.log(1n < 'x', 1n > 'x', 1n <= 'x', 1n >= 'x', 'x' < 1n);
console.log(1n < '1.5', 1n > '1.5', 1n < '', 0n >= '', 1n < ' 2 ');
console.log(1n < true, 1n <= true, 0n < false, 2n > true, null < 1n, undefined < 1n, undefined >= 1n);
console.log(Object(5n) > 4n, [3n] < 4n, ({ valueOf() { return 7n; } }) >= 7);
console.log(123456789012345678901234567890n > 123456789012345678901234567889n);
console.log(0.1 < 1n, 1e21 > 10n ** 21n, 1e21 >= 10n ** 21n, 1e21 == 10n ** 21n);
