// Spread copies the elements (shallow), reads holes as undefined and sees length changes while iterating.
const inner = { n: 1 };
const src = [inner, 2];
const copy = [...src];
console.log(copy !== src, copy[0] === inner);
const grows = [1, 2, 3];
let added = false;
const patchedIterator = grows[Symbol.iterator]();
const result = [];
for (const v of grows) { if (!added) { grows.push(4); added = true; } result.push(v); }
console.log(result.join());
const holes = [1, , 3];
const spreadHoles = [...holes];
console.log(spreadHoles.length, spreadHoles.hasOwnProperty(1), spreadHoles[1]);
const argsHoles = ((...a) => a.hasOwnProperty(1))(...holes);
console.log(argsHoles);
const arr = [1, 2];
arr.extra = 'not copied';
console.log(Object.keys([...arr]).join());
