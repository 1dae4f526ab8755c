// Spread in array literals, with holes and iterables.
const a = [1, 2];
console.log([...a], [0, ...a, 3], [...a, ...a], [...'hi'], [...new Set([1, 1, 2])]);
const copy = [...a];
copy.push(9);
console.log(a, copy);
const withHoles = [, ...a, , 5];
console.log(withHoles.length, 0 in withHoles, 3 in withHoles, withHoles);
const sparse = [1, , 3];
const spread = [...sparse];
console.log(1 in spread, spread[1]);
console.log([...[]].length, [...[[]]].length);
console.log([...new Map([['k', 'v']])]);
console.log([...a.keys()], [...a.entries()]);
const args = (function () { return [...arguments]; })(1, 2, 3);
console.log(args, Array.isArray(args));
