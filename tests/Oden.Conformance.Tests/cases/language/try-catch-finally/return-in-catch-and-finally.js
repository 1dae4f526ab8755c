function f(doThrow) {
  var log = [];
  try {
    if (doThrow) throw 1;
    return 'try';
  } catch (e) {
    return 'catch';
  } finally {
    log.push('cleanup');
    if (doThrow === 2) return 'finally';
  }
}
console.log(f(0), f(1), f(2));
