// Arguments are evaluated left to right, spread elements iterated in place.
const log = [];
function v(name, value) { log.push(name); return value; }
function f() { return [...arguments].join(); }
console.log(f(v('a', 1), ...v('b', [2, 3]), v('c', 4), ...v('d', [])), log.join(' '));
log.length = 0;
const it = { [Symbol.iterator]() { log.push('iterate'); return [5][Symbol.iterator](); } };
console.log(f(v('first', 0), ...it, v('last', 9)), log.join(' '));
log.length = 0;
const callee = () => { log.push('callee'); return f; };
console.log(callee()(...v('args', [1])), log.join(' '));
log.length = 0;
const obj = { m: f };
console.log(v('receiver', obj).m(...v('x', [7])), log.join(' '));
