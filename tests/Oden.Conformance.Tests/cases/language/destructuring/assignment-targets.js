// Assignment patterns: any reference is a target (members, elements, nested patterns).
let a, b, c;
[a, b] = [1, 2];
console.log(a, b);
[a, b] = [b, a];
console.log(a, b);
({ a, b: c } = { a: 'A', b: 'C' });
console.log(a, c);
const o = {};
({ x: o.x, y: o['y'], z: o[`z${1}`] } = { x: 1, y: 2, z: 3 });
console.log(JSON.stringify(o));
const arr = [];
[arr[0], arr[2]] = ['zero', 'two'];
console.log(arr);
[{ p: o.deep }, [o.inner]] = [{ p: 'P' }, ['I']];
console.log(o.deep, o.inner);
let r1, r2;
({ k: [r1, r2] } = { k: [5, 6] });
console.log(r1, r2);
// the value of an assignment pattern expression is the right-hand side
const rhs = [7, 8];
const result = ([a, b] = rhs);
console.log(result === rhs, a, b);
console.log(({ a } = { a: 'again' }).a, a);
// chained
let m, n;
m = [n] = [3];
console.log(m, n);
// in a for update and a comma expression
let i, j;
for ([i, j] = [0, 10]; i < 3; [i, j] = [i + 1, j - 1]) console.log(i, j);
(a = 1, [b, c] = [2, 3]);
console.log(a, b, c);
