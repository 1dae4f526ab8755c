// Parameter initializers run left to right, once per call, only when needed.
const log = [];
function t(name, v) { log.push(name); return v; }
function f(a = t('a', 1), { b = t('b', 2) } = t('obj', {}), [c = t('c', 3)] = t('arr', []), d = t('d', 4)) {
  log.push('body');
  return [a, b, c, d].join();
}
console.log(f(), log.join(' '));
log.length = 0;
console.log(f(10, { b: 20 }, [30], 40), log.join(' '));
log.length = 0;
console.log(f(undefined, undefined, [undefined]), log.join(' '));
log.length = 0;
function g(x = t('x', 1)) { t('body', 0); return x; }
try { g.call(null, undefined); } catch (e) {}
console.log(log.join(' '));
function thrower(a = (() => { throw new RangeError('in default'); })(), b = t('never', 0)) { return 'no'; }
log.length = 0;
try { thrower(); } catch (e) { console.log(e.constructor.name, log.length); }
