// an async function that throws without a handler: the rest of the turn still runs
async function unhandled() { throw new TypeError('nobody listens'); }
console.log('before');
const p = unhandled();
console.log('call returned a promise:', p instanceof Promise);
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2'));
(async () => { await null; console.log('other async function'); })();
console.log('sync end');
p.catch(e => console.log('finally handled:', e.name));
