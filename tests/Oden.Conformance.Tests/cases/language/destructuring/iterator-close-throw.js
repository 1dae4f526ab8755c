// A throw inside the pattern (a default, a target, a nested pattern) closes the iterator;
// a throw from the iterator's own next() does not.
function tracked(values, log, opts = {}) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() {
      log.push('next');
      if (opts.throwAt === i) throw new RangeError('next threw');
      return i < values.length ? { value: values[i++], done: false } : { done: true };
    },
    return() { log.push('return'); if (opts.returnThrows) throw new SyntaxError('return threw'); return {}; },
  };
}
function run(label, f) {
  const log = [];
  try { f(log); console.log(label, 'ok', log.join(' ')); }
  catch (e) { console.log(label, e.constructor.name, log.join(' ')); }
}
run('default throws', (log) => { const [a = (() => { throw new TypeError(); })()] = tracked([undefined, 2], log); });
run('nested throws', (log) => { const [{ a }] = tracked([null, 2], log); });
run('next throws', (log) => { const [a, b] = tracked([1, 2, 3], log, { throwAt: 1 }); });
run('return throws after throw', (log) => { const [{ a }] = tracked([null], log, { returnThrows: true }); });
run('return throws normally', (log) => { const [a] = tracked([1, 2], log, { returnThrows: true }); });
run('setter throws', (log) => {
  const o = { set p(v) { throw new EvalError(); } };
  [o.p] = tracked([1, 2], log);
});
run('assignment target', (log) => {
  let a;
  [a, { b: a }] = tracked([1, undefined], log);
});
run('rest no return', (log) => { const [a, ...r] = tracked([1, 2], log); });
run('return not object', (log) => {
  const it = tracked([1, 2], log);
  it.return = function () { log.push('return'); return 1; };
  const [a] = it;
});
