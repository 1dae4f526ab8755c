class Deferred extends Promise {
  constructor(executor) {
    let res, rej;
    super((a, b) => { res = a; rej = b; if (executor) executor(a, b); });
    this.resolve = res;
    this.reject = rej;
  }
}
const d = new Deferred();
d.then(v => console.log('resolved', v));
d.resolve(42);
async function f() { return 1; }
console.log(f() instanceof Promise, f() instanceof Deferred);
(async () => {
  const v = await new Deferred(r => r('awaited'));
  console.log(v);
  const results = await Deferred.all([Deferred.resolve(1), 2]);
  console.log(results.join());
  try { await Deferred.reject(new RangeError('bad')); } catch (e) { console.log(e.constructor.name); }
})();
const chained = d.then(x => x).then(x => x);
console.log(chained instanceof Deferred, typeof chained.resolve);
