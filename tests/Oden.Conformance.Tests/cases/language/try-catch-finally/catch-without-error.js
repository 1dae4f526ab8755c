var log = [];
try {
  log.push('try');
} catch (e) {
  log.push('catch');
} finally {
  log.push('finally');
}
console.log(log.join(','));
try { log.push('only catch'); } catch (e) { log.push('never'); }
console.log(log.length);
