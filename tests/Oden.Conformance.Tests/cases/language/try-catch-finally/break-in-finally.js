var log = [];
for (var i = 0; i < 3; i++) {
  try {
    log.push('try' + i);
    throw new Error('discarded');
  } finally {
    log.push('finally' + i);
    break;
  }
}
console.log(log.join(','), i);
function f() {
  while (true) {
    try { return 'from try'; } finally { break; }
  }
  return 'after loop';
}
console.log(f());
