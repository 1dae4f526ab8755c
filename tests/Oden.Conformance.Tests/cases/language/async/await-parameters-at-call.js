// the body up to the first await runs synchronously inside the call
const log = [];
async function f(a) { log.push('body ' + a + ' ' + arguments.length); await null; log.push('after await'); }
log.push('before call');
f('x', 'y');
log.push('after call');
(async () => { await null; await null; console.log(log.join(', ')); })();
