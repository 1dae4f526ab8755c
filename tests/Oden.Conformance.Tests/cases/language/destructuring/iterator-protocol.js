// Each step reads done, and value only when not done; protocol violations are TypeErrors.
const log = [];
function iterable(results) {
  let i = 0;
  return {
    [Symbol.iterator]() { log.push('@@iterator'); return { get next() { log.push('get next'); return () => results[i++]; } }; },
  };
}
function result(value, done) {
  return { get value() { log.push('value ' + value); return value; }, get done() { log.push('done ' + done); return done; } };
}
const [a, b] = iterable([result(1, false), result(2, true), result(3, false)]);
console.log(a, b, log.join(' | '));
log.length = 0;
function attempt(label, f) { try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.constructor.name); } }
attempt('next returns primitive', () => { const [x] = { [Symbol.iterator]() { return { next() { return 1; } }; } }; });
attempt('iterator is primitive', () => { const [x] = { [Symbol.iterator]() { return 'str'; } }; });
attempt('@@iterator not callable', () => { const [x] = { [Symbol.iterator]: 1 }; });
attempt('next not callable', () => { const [x] = { [Symbol.iterator]() { return { next: 1 }; } }; });
attempt('no return method', () => { const [x] = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; } }; } }; });
attempt('return is null', () => { const [x] = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return: null }; } }; });
attempt('return not callable', () => { const [x] = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return: 5 }; } }; });
