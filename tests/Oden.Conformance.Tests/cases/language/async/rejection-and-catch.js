// a throw in an async function rejects its promise; await of a rejection throws at the await
async function fails() { await null; throw new TypeError('bad'); }
fails().catch(e => console.log('caught', e.constructor.name, e.message));
async function syncThrow() { throw new RangeError('immediately'); }
const p = syncThrow();
console.log('call returned', p instanceof Promise);
p.then(null, e => console.log('rejected', e.name));
async function handles() {
  try { await Promise.reject(new Error('awaited rejection')); }
  catch (e) { console.log('try/catch got', e.message); return 'recovered'; }
}
handles().then(v => console.log(v));
async function rethrows() { try { await fails(); } catch (e) { throw new Error('wrapped: ' + e.message); } }
rethrows().catch(e => console.log(e.message));
