// Array patterns need iterables: arguments and typed arrays are, plain array-likes are not.
function f() { const [a, b, ...rest] = arguments; return [a, b, rest.length]; }
console.log(f(1, 2, 3, 4).join());
const [t0, t1] = new Int16Array([7, -8]);
console.log(t0, t1);
try { const [x] = { 0: 'a', length: 1 }; } catch (e) { console.log('array-like', e.constructor.name); }
const { 0: zero, length } = { 0: 'a', length: 1 };
console.log(zero, length);
const [k0, v0] = Object.entries({ key: 'value' })[0];
console.log(k0, v0);
const [[e0]] = new Map([['m', 1]]).entries();
console.log(e0);
