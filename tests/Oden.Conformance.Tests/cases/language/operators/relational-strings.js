console.log('a' < 'b', 'B' < 'a', 'abc' < 'abd', 'ab' < 'abc');
console.log('10' < '9', '10' < 9, 10 < '9');
console.log('' < 'a', 'a' > '');
console.log('Z' < 'a', 'z' > 'Za');
console.log(null < 1, null >= 0, null > 0, null <= 0);
console.log(undefined < 1, undefined > 1, undefined == 0);
console.log(NaN < 1, NaN > 1, NaN <= NaN, NaN >= NaN);
console.log([2] > 1, [1, 2] > 1, 'a' < 1, 'a' > 1);
