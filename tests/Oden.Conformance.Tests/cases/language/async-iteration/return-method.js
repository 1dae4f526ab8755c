// return() on async generators: before start, while suspended, after completion; finally blocks run
const log = [];
async function* ag() { try { yield 1; yield 2; } finally { log.push('finally'); await null; log.push('finally after await'); } }
(async () => {
  let it = ag();
  log.push(JSON.stringify(await it.return('before start')));
  log.push(JSON.stringify(await it.next()));
  it = ag();
  await it.next();
  log.push(JSON.stringify(await it.return('while suspended')));
  log.push(JSON.stringify(await it.return('after done')));
  it = ag();
  await it.next();
  log.push(JSON.stringify(await it.return(Promise.resolve('promised'))));
  it = ag();
  try { await it.return(Promise.reject(new Error('rejected return'))); } catch (e) { log.push('return rejects: ' + e.message); }
  console.log(log.join('\n'));
})();
