// Array patterns close the iterator (call return()) when they stop before it is exhausted.
function tracked(values, log) {
  let i = 0;
  return {
    [Symbol.iterator]() { log.push('iter'); return this; },
    next() { log.push('next'); return i < values.length ? { value: values[i++], done: false } : { value: undefined, done: true }; },
    return() { log.push('return'); return {}; },
  };
}
let log = [];
const [a] = tracked([1, 2], log);
console.log(a, log.join(' '));
log = [];
const [b, c] = tracked([1, 2], log);
console.log(b, c, log.join(' '));
log = [];
const [d, e, f] = tracked([1, 2], log);
console.log(d, e, f, log.join(' '));
log = [];
const [...r] = tracked([1, 2], log);
console.log(r, log.join(' '));
log = [];
const [] = tracked([1], log);
console.log(log.join(' '));
log = [];
const [, ,] = tracked([1, 2, 3], log);
console.log(log.join(' '));
log = [];
let x, y;
[x, y] = tracked(['x', 'y', 'z'], log);
console.log(x, y, log.join(' '));
log = [];
for (const [p] of [tracked([1, 2], log)]) console.log('p', p);
console.log(log.join(' '));
log = [];
(function ([q]) { console.log('q', q); })(tracked([9, 8], log));
console.log(log.join(' '));
