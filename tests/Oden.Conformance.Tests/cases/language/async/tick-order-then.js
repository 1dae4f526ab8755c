// await against .then chains: one tick per await of a native promise or a plain value
const log = [];
Promise.resolve().then(() => log.push('t1')).then(() => log.push('t2')).then(() => log.push('t3')).then(() => log.push('t4')).then(() => log.push('t5'));
async function a() { log.push('a0'); await undefined; log.push('a1'); await Promise.resolve(); log.push('a2'); await 3; log.push('a3'); }
a();
log.push('sync');
(async () => { for (let i = 0; i < 10; i++) await null; console.log(log.join(' ')); })();
