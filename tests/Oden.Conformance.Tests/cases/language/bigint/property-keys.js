// ToPropertyKey(BigInt) is its string; in, delete, hasOwnProperty, Reflect with BigInt keys.
const o = { 1: 'a', 10: 'b' };
console.log(1n in o, 2n in o, o.hasOwnProperty(10n), Reflect.has(o, 1n));
delete o[1n];
console.log(Object.keys(o));
o[100000000000000000000n] = 'huge';
console.log(Object.keys(o), o['100000000000000000000']);
Object.defineProperty(o, 7n, { value: 'seven', enumerable: true });
console.log(o[7], Object.getOwnPropertyDescriptor(o, 7n).value);
const arr = [];
arr[0n] = 'x'; arr[1n] = 'y';
console.log(arr.length, arr);
const s = 'hello';
console.log(s[1n], s[4n], s[5n]);
const m = { get [3n]() { return 'getter'; } };
console.log(m[3], Object.keys(m));
for (const k in { [1n]: 1, [2n]: 2 }) console.log(typeof k, k);
console.log(Object.entries({ [-5n]: 'neg' }));
