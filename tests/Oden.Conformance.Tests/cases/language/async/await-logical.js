// && || ?: only evaluate (and await) the operands they need
const log = [];
async function v(x) { log.push('v(' + x + ')'); return x; }
async function f() {
  const a = (await v(0)) && (await v('not evaluated'));
  const b = (await v(1)) && (await v('second'));
  const c = (await v('')) || (await v('fallback'));
  const d = (await v('first')) || (await v('skipped'));
  const e = (await v(false)) ? await v('yes') : await v('no');
  log.push(JSON.stringify([a, b, c, d, e]));
}
f().then(() => console.log(log.join(' ')));
