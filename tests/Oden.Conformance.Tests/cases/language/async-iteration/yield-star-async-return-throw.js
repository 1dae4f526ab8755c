// return() and throw() forwarded through an async yield*
const log = [];
async function* inner() { try { yield 1; yield 2; } catch (e) { log.push('inner caught ' + e); yield 'from catch'; } finally { log.push('inner finally'); } }
async function* outer() { try { yield* inner(); } finally { log.push('outer finally'); } }
(async () => {
  let it = outer();
  await it.next();
  log.push(JSON.stringify(await it.throw('T')));
  log.push(JSON.stringify(await it.return('R')));
  it = outer();
  await it.next();
  log.push(JSON.stringify(await it.return('early')));
  const noThrow = { [Symbol.asyncIterator]() { return { next() { return Promise.resolve({ value: 'n', done: false }); }, return() { log.push('closed'); return Promise.resolve({ done: true }); } }; } };
  async function* d() { yield* noThrow; }
  it = d();
  await it.next();
  try { await it.throw('x'); } catch (e) { log.push('no throw method: ' + (e instanceof TypeError)); }
  console.log(log.join('\n'));
})();
