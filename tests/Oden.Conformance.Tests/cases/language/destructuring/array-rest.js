// Rest elements in array patterns.
const [first, ...rest] = [1, 2, 3, 4];
console.log(first, rest, Array.isArray(rest));
const [...all] = 'abc';
console.log(all);
const [p, q, ...none] = [1];
console.log(p, q, none, none.length);
const [h, ...[i, j]] = [1, 2, 3];
console.log(h, i, j);
const [, ...{ length }] = [1, 2, 3, 4];
console.log(length);
const [...holes] = [, , 1];
console.log(holes, 0 in holes);
let target = {};
[target.a, ...target.rest] = [1, 2, 3];
console.log(JSON.stringify(target));
const [...fromSet] = new Set([3, 3, 4]);
console.log(fromSet);
