// throw() on async generators
async function* ag() { while (true) { try { yield 'waiting'; } catch (e) { yield 'caught ' + e; } } }
async function* plain() { yield 1; }
(async () => {
  const it = ag();
  await it.next();
  console.log(JSON.stringify(await it.throw('E')));
  console.log(JSON.stringify(await it.next()));
  const p = plain();
  try { await p.throw(new TypeError('before start')); } catch (e) { console.log('rejected', e.name); }
  console.log(JSON.stringify(await p.next()));
  const q = plain();
  await q.next();
  try { await q.throw(new Error('at yield')); } catch (e) { console.log(e.message); }
  console.log(JSON.stringify(await q.next()));
})();
