// ToString of BigInts: String(), templates, concatenation, join, property keys.
console.log(String(0n), String(-0n), String(-123n), String(2n ** 100n));
console.log(`${1n}`, `a${-5n}b${2n ** 64n}c`, '' + 10n, 10n + '', 'x' + -1n);
console.log([1n, -2n, 3n].join(), [1n, [2n, 3n]].toString(), [0n].join('-'));
console.log((255n).toString(), (255n).toString(2), (-255n).toString(16), (0n).toString(36));
const o = {};
o[1n] = 'one';
o[2n ** 64n] = 'big';
o[-1n] = 'neg';
console.log(Object.keys(o), o[1], o['1'], o[1n], o['18446744073709551616'], o['-1']);
const arr = ['a', 'b', 'c'];
console.log(arr[1n], arr[2n], arr[3n], 1n in arr, 5n in arr);
arr[3n] = 'd';
console.log(arr.length, arr);
const k = { [5n]: 'five', 6n: 'six', [0x10n]: 'sixteen' };
console.log(Object.keys(k), k[5], k[6n], k[16]);
console.log(String([1n, null, undefined, 2n]));
console.log(`${Object(7n)}`, String(Object(-7n)), Object(8n) + '');
