// Array assignment patterns inside for updates and while conditions.
let a = 0, b = 1;
const fib = [];
for (let i = 0; i < 8; i++, [a, b] = [b, a + b]) fib.push(a);
console.log(fib.join());
const pairs = [[1, 'x'], [2, 'y']];
let k, v, idx = 0;
while (idx < pairs.length && ([k, v] = pairs[idx++])) console.log(k, v);
let x, y;
do { [x, y] = [y ?? 0, (x ?? 0) + 1]; } while (x < 3);
console.log(x, y);
