// Destructuring assignments used as values, in conditions and arguments.
let a, b;
function f(x) { return Array.isArray(x) ? 'array ' + x.length : typeof x; }
console.log(f([a, b] = [1, 2]), a, b);
console.log(f({ a } = { a: 'A' }), a);
let n = 0;
const queue = [[1, 'one'], [2, 'two']];
let item, label;
while ((item = queue.shift()) && ([n, label] = item)) console.log(n, label);
const obj = { x: 5 };
let x;
if (({ x } = obj).x > 3) console.log('x is', x);
const results = [[1, 2], [3, 4]].map((pair) => ([a, b] = pair, a + b));
console.log(results, a, b);
let p, q;
p = q = [7, 8];
[p] = q;
console.log(p, q);
