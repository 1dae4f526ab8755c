// async generator steps against a then chain
const log = [];
async function* ag() { log.push('body start'); yield 1; log.push('after yield 1'); await null; log.push('after await'); yield 2; }
const it = ag();
it.next().then(r => log.push('next1 ' + r.value));
it.next().then(r => log.push('next2 ' + r.value));
it.next().then(r => log.push('next3 ' + r.done));
Promise.resolve().then(() => log.push('t1')).then(() => log.push('t2')).then(() => log.push('t3')).then(() => log.push('t4')).then(() => log.push('t5'));
log.push('sync');
(async () => { for (let i = 0; i < 12; i++) await null; console.log(log.join(' ')); })();
