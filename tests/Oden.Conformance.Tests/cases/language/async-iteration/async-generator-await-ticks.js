// await inside an async generator body interleaves with other microtasks
const log = [];
async function* ag() { for (let i = 0; i < 3; i++) { log.push('before await ' + i); await null; log.push('after await ' + i); yield i; } }
(async () => { for await (const v of ag()) log.push('consumer ' + v); log.push('consumer done'); })();
(async () => { for (let i = 0; i < 4; i++) { log.push('other ' + i); await null; } })();
(async () => { for (let i = 0; i < 30; i++) await null; console.log(log.join('\n')); })();
