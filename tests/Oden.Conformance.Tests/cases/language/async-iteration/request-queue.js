// requests made before earlier ones settle are queued and answered in order
async function* ag() { const a = yield 'first'; console.log('a', a); const b = yield 'second'; console.log('b', b); return 'end'; }
const it = ag();
const ps = [it.next('x'), it.next('y'), it.next('z'), it.next('w'), it.return('r'), it.next()];
(async () => {
  for (const p of ps) console.log(JSON.stringify(await p));
})();
