// Destructuring a generator stops it through return(), so its finally blocks run.
const log = [];
function* g() {
  try { yield 1; yield 2; yield 3; }
  finally { log.push('cleanup'); }
}
const [a, b] = g();
console.log(a, b, log.join(','));
log.length = 0;
const [...all] = g();
console.log(all, log.join(','));
log.length = 0;
const it = g();
const [first] = it;
console.log(first, it.next().done, log.join(','));
log.length = 0;
try { const [{ x }] = (function* () { try { yield null; } finally { log.push('closed after throw'); } })(); } catch (e) { log.push(e.constructor.name); }
console.log(log.join(','));
function* yieldsInPattern() { const { p = yield 'need p', q } = { q: 'Q' }; return p + q; }
const gen = yieldsInPattern();
console.log(gen.next().value, gen.next('P').value);
