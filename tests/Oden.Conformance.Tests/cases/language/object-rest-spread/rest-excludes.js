// Object rest excludes exactly the keys named before it (after ToPropertyKey).
const src = { 1: 'one', '2': 'two', a: 'A', b: 'B', [Symbol.iterator]: 'it' };
const { 1: one, a, ...r1 } = src;
console.log(one, a, JSON.stringify(r1), r1[Symbol.iterator]);
const { '1': oneAgain, ...r2 } = src;
console.log(oneAgain, Object.keys(r2).join());
const { [Symbol.iterator]: it, ...r3 } = src;
console.log(it, Object.getOwnPropertySymbols(r3).length, Object.keys(r3).join());
const numKey = 2;
const { [numKey]: two, ...r4 } = src;
console.log(two, Object.keys(r4).join());
const { x: { y, ...innerRest }, ...outerRest } = { x: { y: 1, z: 2 }, w: 3 };
console.log(y, JSON.stringify(innerRest), JSON.stringify(outerRest));
let assignedRest;
({ b: assignedRest, ...assignedRest } = src);
console.log(Object.keys(assignedRest).join());
