// typeof and the BigInt type in general.
console.log(typeof 1n);
console.log(typeof BigInt(1));
console.log(typeof Object(1n));
console.log(typeof BigInt);
console.log(typeof BigInt.prototype);
var values = [0n, 1n, -1n, 2n ** 64n];
for (var i = 0; i < values.length; i++) console.log(typeof values[i], values[i]);
console.log(typeof (1n + 1n), typeof -1n, typeof ~1n, typeof (1n << 2n));
console.log(typeof `${1n}`, typeof String(1n), typeof Number(1n));
