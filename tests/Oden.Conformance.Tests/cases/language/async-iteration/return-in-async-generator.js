// return statements in async generators await their operand
async function* withReturn(v) { yield 'first'; return v; }
(async () => {
  for (const v of [Promise.resolve('from promise'), 'plain', { then(r) { r('from thenable'); } }]) {
    const it = withReturn(v);
    await it.next();
    console.log(JSON.stringify(await it.next()));
  }
  const it = withReturn(Promise.reject(new Error('rejected return value')));
  await it.next();
  try { await it.next(); } catch (e) { console.log('return rejects:', e.message); }
  console.log(JSON.stringify(await it.next()));
})();
