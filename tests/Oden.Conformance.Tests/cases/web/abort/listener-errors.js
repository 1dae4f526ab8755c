// A listener that throws does not stop the others; abort() itself returns normally.
const c = new AbortController();
const log = [];
c.signal.addEventListener('abort', () => log.push('first'));
c.signal.onabort = null;
c.signal.addEventListener('abort', () => log.push('second'));
c.signal.onabort = () => log.push('handler');
c.abort();
console.log(log.join(' '), c.signal.onabort !== null);
const removedDuring = new AbortController();
const order = [];
function later() { order.push('later'); }
removedDuring.signal.addEventListener('abort', () => { order.push('remover'); removedDuring.signal.removeEventListener('abort', later); });
removedDuring.signal.addEventListener('abort', later);
removedDuring.abort();
console.log(order.join(' '));
