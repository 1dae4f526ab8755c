// Object rest in patterns: own enumerable properties (symbols too), minus the listed keys.
const sym = Symbol('s');
const hidden = Symbol('hidden');
const src = { a: 1, b: 2, c: 3, [sym]: 'sym', 10: 'ten', 2: 'two' };
Object.defineProperty(src, 'nonEnum', { value: 'x', enumerable: false });
Object.defineProperty(src, hidden, { value: 'h', enumerable: false });
const { a, ...rest } = src;
console.log(a, Object.keys(rest), rest[sym], 'nonEnum' in rest, hidden in rest);
const { b, 10: ten, ...rest2 } = src;
console.log(ten, Object.keys(rest2).join());
const key = 'c';
const { [key]: cv, [sym]: sv, ...rest3 } = src;
console.log(cv, sv, Object.keys(rest3).join(), Object.getOwnPropertySymbols(rest3).length);
// inherited properties are not copied; the result is a plain new object
const child = Object.create({ inherited: 1 });
child.own = 2;
const { ...copy } = child;
console.log(JSON.stringify(copy), Object.getPrototypeOf(copy) === Object.prototype);
// primitives
const { ...fromString } = 'ab';
console.log(JSON.stringify(fromString));
const { length, ...chars } = 'xyz';
console.log(length, JSON.stringify(chars));
const { ...fromNumber } = 42;
console.log(JSON.stringify(fromNumber));
// assignment form, member target
const out = {};
({ a: out.a, ...out.rest } = { a: 1, b: 2, c: 3 });
console.log(JSON.stringify(out));
// nested
const { inner: { x, ...innerRest } } = { inner: { x: 1, y: 2, z: 3 } };
console.log(x, JSON.stringify(innerRest));
// arrays as sources keep their index keys and length is not enumerable
const { 0: first, ...arrRest } = ['p', 'q', 'r'];
console.log(first, JSON.stringify(arrRest));
