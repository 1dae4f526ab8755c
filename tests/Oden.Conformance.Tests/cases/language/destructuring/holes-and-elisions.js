// Elisions step the iterator; holes in the source read as undefined (so defaults apply).
const [, , third] = [1, 2, 3];
console.log(third);
const [a = 'a-default', b = 'b-default'] = [, 'b'];
console.log(a, b);
const [, ...restAfterHole] = [, 2, , 4];
console.log(restAfterHole, 1 in restAfterHole);
let steps = 0;
const it = { [Symbol.iterator]() { return { next() { steps++; return { value: steps, done: steps > 10 }; } }; } };
const [, , , fourth] = it;
console.log(fourth, steps);
const [,] = [1];
const [, , ,] = [];
console.log('elisions on short sources are fine');
const sparse = [];
sparse[3] = 'x';
const [s0 = 'd0', , , s3] = sparse;
console.log(s0, s3);
