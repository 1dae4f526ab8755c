// a rejected async function's promise may be handled later in the same turn
async function fail(msg) { await null; throw new Error(msg); }
const p = fail('late');
const log = [];
(async () => {
  await null; await null; await null;
  log.push('attaching handler');
  try { await p; } catch (e) { log.push('handled ' + e.message); }
  console.log(log.join('; '));
})();
