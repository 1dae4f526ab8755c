// returning a promise from an async function costs extra ticks (the resolve adopts a thenable)
const log = [];
async function returnsValue() { return 'v'; }
async function returnsPromise() { return Promise.resolve('p'); }
async function awaitsPromise() { return await Promise.resolve('ap'); }
returnsPromise().then(v => log.push(v));
returnsValue().then(v => log.push(v));
awaitsPromise().then(v => log.push(v));
Promise.resolve().then(() => log.push('1')).then(() => log.push('2')).then(() => log.push('3')).then(() => log.push('4'));
(async () => { for (let i = 0; i < 10; i++) await null; console.log(log.join(' ')); })();
