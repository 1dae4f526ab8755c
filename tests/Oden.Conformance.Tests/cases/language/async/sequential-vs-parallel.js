// awaiting one at a time versus starting everything first
const log = [];
async function task(name, ticks) { log.push('start ' + name); for (let i = 0; i < ticks; i++) await null; log.push('end ' + name); return name; }
(async () => {
  const a = await task('s1', 2);
  const b = await task('s2', 1);
  log.push('sequential ' + a + b);
  const p1 = task('p1', 2), p2 = task('p2', 1);
  log.push('parallel ' + (await p1) + (await p2));
  console.log(log.join(', '));
})();
