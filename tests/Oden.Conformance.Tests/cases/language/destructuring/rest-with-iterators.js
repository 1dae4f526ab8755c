// Rest elements drain the iterator, so no return() call follows.
const log = [];
function tracked(n) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { log.push('next'); return i < n ? { value: i++, done: false } : { done: true }; },
    return() { log.push('return'); return {}; },
  };
}
const [first, ...others] = tracked(3);
console.log(first, others, log.join(' '));
log.length = 0;
const [...[a, b]] = tracked(4);
console.log(a, b, log.join(' '));
log.length = 0;
const [x, ...{ length }] = tracked(2);
console.log(x, length, log.join(' '));
log.length = 0;
let target = [[]];
[...target[0]] = tracked(2);
console.log(JSON.stringify(target), log.join(" "));
