// A throw inside a nested array pattern closes the inner and then the outer iterator.
const log = [];
function tracked(name, values) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { return i < values.length ? { value: values[i++], done: false } : { done: true }; },
    return() { log.push('return ' + name); return {}; },
  };
}
try {
  const [[a, { b }]] = tracked('outer', [tracked('inner', [1, null]), 'more']);
} catch (e) { log.push(e.constructor.name); }
console.log(log.join(', '));
log.length = 0;
const [[x], y] = tracked('outer2', [tracked('inner2', [1, 2]), 'y', 'z']);
console.log(x, y, log.join(', '));
log.length = 0;
try {
  const [first, second = (() => { throw new URIError(); })()] = tracked('defaults', [1]);
} catch (e) { log.push(e.constructor.name); }
console.log(log.join(', '));
