// Classic idioms: swaps, rotations, returning several values.
let a = 1, b = 2, c = 3;
[a, b] = [b, a];
console.log(a, b);
[a, b, c] = [c, a, b];
console.log(a, b, c);
const arr = [1, 2, 3, 4];
[arr[0], arr[3]] = [arr[3], arr[0]];
console.log(arr.join());
function minMax(xs) { return [Math.min(...xs), Math.max(...xs)]; }
const [lo, hi] = minMax([5, 1, 9, 3]);
console.log(lo, hi);
function stats(xs) { return { count: xs.length, sum: xs.reduce((s, x) => s + x, 0) }; }
const { count, sum } = stats([1, 2, 3]);
console.log(count, sum, sum / count);
let fib = [0, 1];
for (let i = 0; i < 8; i++) { const [p, q] = fib; fib = [q, p + q]; }
console.log(fib[0]);
const o = { x: 1, y: 2 };
({ x: o.y, y: o.x } = o);
console.log(o.x, o.y);
const matrix = [[1, 2], [3, 4]];
const [[m00, m01], [m10, m11]] = matrix;
console.log(m00 * m11 - m01 * m10);
