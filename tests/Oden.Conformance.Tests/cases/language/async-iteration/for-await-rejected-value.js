// a rejected promise yielded by a sync iterator makes for await throw (and closes the sync iterator)
const log = [];
function* values() { try { yield 1; yield Promise.reject(new Error('rejected item')); yield 3; } finally { log.push('closed'); } }
(async () => {
  try { for await (const v of values()) log.push('v' + v); } catch (e) { log.push('caught ' + e.message); }
  async function* agen() { yield 1; yield Promise.reject(new Error('async rejected')); }
  try { for await (const v of agen()) log.push('a' + v); } catch (e) { log.push('caught ' + e.message); }
  console.log(log.join(', '));
})();
