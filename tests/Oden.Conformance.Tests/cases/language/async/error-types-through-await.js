// thrown values keep identity and type through awaits and rejections
async function rethrow(v) { await null; throw v; }
(async () => {
  const values = [new TypeError('t'), new RangeError('r'), 'a string', 42, null, { custom: true }];
  for (const v of values) {
    try { await rethrow(v); } catch (e) { console.log(e === v, e instanceof Error ? e.name : typeof e); }
  }
  const err = new Error('same object');
  const p = Promise.reject(err);
  try { await p; } catch (e) { console.log(e === err); }
})();
