var log = [];
function f() {
  try {
    try {
      try {
        throw new Error('x');
      } finally {
        log.push('inner finally');
      }
    } finally {
      log.push('middle finally');
    }
  } catch (e) {
    log.push('caught');
  } finally {
    log.push('outer finally');
  }
}
f();
console.log(log.join(' > '));
