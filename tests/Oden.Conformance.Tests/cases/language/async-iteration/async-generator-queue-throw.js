// throw() and return() queued behind pending next() calls
const log = [];
async function* ag() { try { yield 'one'; await null; yield 'two'; } catch (e) { log.push('body caught ' + e); yield 'after catch'; } finally { log.push('finally'); } }
(async () => {
  const it = ag();
  const ps = [it.next(), it.next(), it.throw('E'), it.next(), it.return('R'), it.next()];
  for (const p of ps) {
    try { log.push(JSON.stringify(await p)); } catch (e) { log.push('rejected ' + e); }
  }
  console.log(log.join('\n'));
})();
