var log = [];
function f() {
  try {
    throw new TypeError('first');
  } catch (e) {
    log.push('catch ' + e.name);
    throw new RangeError('second');
  } finally {
    log.push('finally');
  }
}
try { f(); } catch (e) { log.push('outer ' + e.name + ' ' + e.message); }
console.log(log.join(' | '));
