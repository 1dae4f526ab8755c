// Spread in call arguments, anywhere and several times.
function show(...args) { return JSON.stringify(args); }
const xs = [1, 2, 3];
console.log(show(...xs), show(0, ...xs), show(...xs, 4), show(...xs, ...xs), show(...[]), show(...'ab', ...[]));
console.log(Math.max(...xs), Math.min(...xs, -1));
console.log(show(...new Set([1, 1, 2])), show(...new Map([[1, 2]])));
const o = { m(...a) { return this.id + a.length; }, id: 'o' };
console.log(o.m(...xs), o['m'](...xs, ...xs));
console.log(show(...[, 'hole']));
function count() { return arguments.length; }
console.log(count(...[undefined, undefined]), count(...Array(3)));
const big = Array.from({ length: 1000 }, (_, i) => i);
console.log(Math.max(...big), count(...big));
console.log(String.fromCharCode(...[72, 105]));
console.log([].concat(...[[1], [2, [3]]]));
const bound = show.bind(null, 'b');
console.log(bound(...xs));
console.log(show(...xs.map((x) => x * 2), 'end'));
