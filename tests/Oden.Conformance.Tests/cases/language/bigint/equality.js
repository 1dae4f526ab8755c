// == and === with BigInts, Numbers, strings, booleans and objects.
console.log(1n == 1n, 1n === 1n, 1n == 2n, 2n ** 70n === 2n ** 70n, 0n === -0n);
console.log(1n == 1, 1 == 1n, 1n === 1, 1n == 1.5, 0n == -0, 0n == 0);
console.log(9007199254740993n == 9007199254740992, 2n ** 53n == 2 ** 53);
console.log(1n == NaN, 1n == Infinity, NaN == 0n, 1n != NaN);
console.log(1n == '1', '1' == 1n, 1n == '1.0', 1n == ' 1 ', 0n == '', 16n == '0x10', 1n == 'x', -1n == '-1');
console.log(1n == true, 0n == false, 2n == true, true == 1n);
console.log(1n == null, 0n == undefined, null == 0n);
console.log(Object(1n) == 1n, 1n == Object(1n), Object(1n) === 1n, Object(1n) == Object(1n));
console.log({ valueOf() { return 2n; } } == 2n, [1n] == 1n, [1n] == '1');
console.log(1n != 1, 1n !== 1, 2n != 1n, 3n !== 3n);
const a = [1n, 2n, 3n];
console.log(a.indexOf(2n), a.indexOf(2), a.includes(3n), a.includes(3), a.lastIndexOf(1n));
console.log(Object.is(0n, -0n), Object.is(1n, 1n), Object.is(1n, 1));
switch (2n) { case 2: console.log('number case'); break; case 2n: console.log('bigint case'); break; }
