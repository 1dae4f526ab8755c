// Object patterns in declarations: shorthand, renaming, string and numeric keys, nesting.
const { a, b } = { a: 1, b: 2, c: 3 };
console.log(a, b);
const { x: renamed, 'quoted key': q, 0: zero, 1.5: frac } = { x: 'X', 'quoted key': 'Q', 0: 'zero', '1.5': 'f' };
console.log(renamed, q, zero, frac);
let { missing } = {};
console.log(missing);
var { nested: { deep: { value } } } = { nested: { deep: { value: 'v' } } };
console.log(value);
const { length } = 'hello';
console.log(length);
const { toFixed } = 5;
console.log(typeof toFixed);
const {} = {};
const { constructor: C } = [];
console.log(C === Array);
// inherited properties are read too
const proto = { inherited: 'yes' };
const child = Object.create(proto);
const { inherited } = child;
console.log(inherited);
// several declarators
let { p1 } = { p1: 1 }, { p2 } = { p2: 2 }, plain = 3;
console.log(p1, p2, plain);
