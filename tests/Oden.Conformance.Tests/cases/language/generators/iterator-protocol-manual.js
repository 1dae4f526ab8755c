// driving a generator by hand with every combination of next/throw/return
function* g() {
  const log = [];
  try {
    log.push('got ' + (yield 'a'));
    try { log.push('got ' + (yield 'b')); }
    catch (e) { log.push('inner catch ' + e); }
    log.push('got ' + (yield 'c'));
  } finally {
    console.log(log.join('; '));
  }
  return 'normal end';
}
let it = g();
console.log(JSON.stringify([it.next(), it.next(1), it.throw('T'), it.next(3), it.next()]));
it = g();
console.log(JSON.stringify([it.next(), it.next('x'), it.return('R'), it.next()]));
