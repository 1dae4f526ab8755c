// errors thrown by an async generator body reject the pending request, later requests see done
async function* ag() { yield 1; throw new RangeError('body failed'); }
(async () => {
  const it = ag();
  const ps = [it.next(), it.next(), it.next()];
  for (const p of ps) {
    try { console.log(JSON.stringify(await p)); } catch (e) { console.log('rejected', e.name, e.message); }
  }
  async function* early() { throw new TypeError('at start'); }
  const e = early();
  try { await e.next(); } catch (err) { console.log('early', err.name); }
  console.log(JSON.stringify(await e.next()));
})();
