// break, return and throw out of for await close the iterator (awaiting return())
const log = [];
async function* source() { try { yield 1; yield 2; yield 3; } finally { await null; log.push('source finally'); } }
async function f() {
  for await (const v of source()) { log.push('got ' + v); if (v === 2) break; }
  log.push('after break');
  for await (const v of source()) { return 'returned ' + v; }
}
(async () => {
  log.push(await f());
  try { for await (const v of source()) throw new Error('body threw ' + v); } catch (e) { log.push(e.message); }
  console.log(log.join('\n'));
})();
