// async functions consuming sync generators of promises (a coroutine runner)
function* steps() { const a = yield Promise.resolve(1); const b = yield Promise.resolve(a + 1); return a + b; }
async function run(gen) {
  const it = gen();
  let r = it.next();
  while (!r.done) r = it.next(await r.value);
  return r.value;
}
run(steps).then(v => console.log('run result', v));
function co(genFn) {
  return new Promise((resolve, reject) => {
    const it = genFn();
    function step(method, arg) {
      let r;
      try { r = it[method](arg); } catch (e) { reject(e); return; }
      if (r.done) resolve(r.value);
      else Promise.resolve(r.value).then(v => step('next', v), e => step('throw', e));
    }
    step('next');
  });
}
co(function* () { try { yield Promise.reject(new Error('inner')); } catch (e) { return 'co caught ' + e.message; } }).then(console.log);
