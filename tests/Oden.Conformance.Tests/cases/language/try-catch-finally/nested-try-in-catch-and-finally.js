var log = [];
try {
  throw 'a';
} catch (x) {
  try {
    throw x + 'b';
  } catch (y) {
    log.push(y);
  } finally {
    log.push('inner finally');
  }
} finally {
  try {
    throw 'c';
  } catch (z) {
    log.push(z);
  }
}
console.log(log.join(','));
