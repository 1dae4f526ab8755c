// yield* of a sync iterable inside an async generator awaits each value
const log = [];
function* sync() { try { yield Promise.resolve('p1'); yield 'plain'; yield Promise.resolve('p3'); } finally { log.push('sync finally'); } }
async function* ag() { const r = yield* sync(); log.push('r=' + r); yield 'own'; }
(async () => {
  for await (const v of ag()) log.push(v);
  const it = ag();
  await it.next();
  log.push(JSON.stringify(await it.return('stop')));
  console.log(log.join(' '));
})();
