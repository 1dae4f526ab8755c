// await on a native promise reads "constructor" (PromiseResolve) but never "then"
const log = [];
const p = Promise.resolve('value');
Object.defineProperty(p, 'constructor', { get() { log.push('constructor read'); return Promise; } });
Object.defineProperty(p, 'then', { get() { log.push('then read'); return Promise.prototype.then; } });
(async () => { const v = await p; log.push('awaited ' + v); console.log(log.join(', ')); })();
const q = Promise.resolve('q');
Object.defineProperty(q, 'constructor', { get() { throw new Error('constructor getter threw'); } });
(async () => { try { await q; } catch (e) { console.log('sync throw from await:', e.message); } })();
