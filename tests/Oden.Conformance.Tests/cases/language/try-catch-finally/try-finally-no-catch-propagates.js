var log = [];
function f() {
  try {
    log.push('try');
    throw new EvalError('propagated');
  } finally {
    log.push('finally');
  }
  log.push('never');
}
try { f(); } catch (e) { log.push(e.name); }
console.log(log.join(','));
