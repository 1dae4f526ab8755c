// catch parameters, block scopes and their closures survive awaits
async function f() {
  const fns = [];
  try { throw new Error('first'); }
  catch (e) { await null; fns.push(() => e.message); await null; }
  try { await Promise.reject(new Error('second')); }
  catch (e) { fns.push(() => e.message); }
  {
    let block = 'block';
    fns.push(() => block);
    await null;
    block = 'block changed';
  }
  return fns.map(g => g()).join(',');
}
f().then(console.log);
