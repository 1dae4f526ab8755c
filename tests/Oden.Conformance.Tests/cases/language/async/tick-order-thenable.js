// awaiting a thenable calls its then in a later job; awaiting a promise never looks up then
const log = [];
const thenable = { then(resolve) { log.push('then called'); resolve('T'); } };
(async () => { log.push('before await'); const v = await thenable; log.push('got ' + v); })();
const p = Promise.resolve('P');
let reads = 0;
Object.defineProperty(p, 'then', { get() { reads++; return Promise.prototype.then; } });
(async () => { const v = await p; log.push('native ' + v); })();
Promise.resolve().then(() => log.push('tick1')).then(() => log.push('tick2')).then(() => log.push('tick3'));
(async () => { for (let i = 0; i < 10; i++) await null; console.log(log.join(' | ')); console.log('then reads', reads); })();
