// yield* in async generators: async and sync delegates, the delegate's return value
async function* inner() { const x = yield 'i1'; console.log('inner got', x); yield 'i2'; return 'inner done'; }
async function* outer() { const r = yield* inner(); console.log('r =', r); yield* ['s1', Promise.resolve('s2')]; yield* (function* () { yield 'g1'; })(); return 'outer done'; }
(async () => {
  const it = outer();
  let r = await it.next();
  let n = 0;
  while (!r.done) { console.log(JSON.stringify(r)); r = await it.next('sent' + n++); }
  console.log(JSON.stringify(r));
})();
