var log = [];
for (var i = 0; i < 3; i++) {
  try {
    if (i === 1) return_like();
    log.push('ok' + i);
  } catch (e) {
    log.push('catch' + i);
  } finally {
    log.push('fin' + i);
    continue;
  }
  log.push('unreachable');
}
function return_like() { throw 'x'; }
console.log(log.join(','));
function g() {
  for (var j = 0; j < 2; j++) {
    try { return 'try return ' + j; } finally { continue; }
  }
  return 'loop finished at ' + j;
}
console.log(g());
