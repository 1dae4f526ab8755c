// Spread mixes with fixed arguments around the register limit.
function show() { return [...arguments].join(','); }
const two = [2, 3];
console.log(show(1, ...two), show(...two, 4, 5), show(0, 1, ...two, 4, 5, 6));
console.log(show(...[]), show(1, ...[], 2), show(...[1, 2, 3, 4, 5, 6, 7]));
function fixed(a, b, c, d, e) { return [a, b, c, d, e].join('|'); }
console.log(fixed(...'abcde'), fixed(1, ...[2]), fixed(...[1, 2, 3, 4, 5, 6]));
const o = { m(a, b, c, d) { return [this === o, a, d].join(); } };
console.log(o.m(...[1, 2, 3, 4]), o.m(1, ...[2, 3], 4));
console.log(new Array(...[1, 2, 3, 4, 5]).length);
