// Defaults apply only for undefined, are evaluated lazily and in order.
const log = [];
function d(name, v) { log.push(name); return v; }
const { a = d('a', 1), b = d('b', 2), c = d('c', 3), e = d('e', 5) } = { a: undefined, b: null, c: 0 };
console.log(a, b, c, e, log.join(','));
const { x = 10, y = x * 2 } = { x: 4 };
console.log(x, y);
const { u: { v = 'dv' } = {} } = {};
console.log(v);
const { f = function () {}, g = () => {}, h = function named() {} } = {};
console.log(f.name, g.name, h.name);
const { r: renamedFn = function () {} } = {};
console.log(renamedFn.name);
const { s = false } = { s: false };
console.log(s);
const { t = 't' } = { t: NaN };
console.log(t);
