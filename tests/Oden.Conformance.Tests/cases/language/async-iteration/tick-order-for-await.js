// for await over arrays and async generators, interleaved with a then chain
const log = [];
(async () => { for await (const v of [1, 2]) log.push('arr' + v); log.push('arr done'); })();
(async () => { async function* g() { yield 'g1'; yield 'g2'; } for await (const v of g()) log.push(v); log.push('gen done'); })();
Promise.resolve().then(() => log.push('t1')).then(() => log.push('t2')).then(() => log.push('t3')).then(() => log.push('t4')).then(() => log.push('t5')).then(() => log.push('t6'));
(async () => { for (let i = 0; i < 15; i++) await null; console.log(log.join(' ')); })();
