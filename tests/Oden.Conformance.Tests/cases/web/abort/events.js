// abort event listeners: registration order, once, removal, onabort, duplicates ignored.
const c = new AbortController();
const s = c.signal;
const log = [];
function a(e) { log.push('a:' + e.type + ':' + (e.target === s) + ':' + (this === s)); }
function b() { log.push('b'); }
s.addEventListener('abort', a);
s.addEventListener('abort', a);
s.onabort = function (e) { log.push('onabort:' + e.type); };
s.addEventListener('abort', b, { once: true });
s.addEventListener('abort', { handleEvent(e) { log.push('object:' + e.type); } });
const removed = () => log.push('removed');
s.addEventListener('abort', removed);
s.removeEventListener('abort', removed);
s.addEventListener('other', () => log.push('other'));
console.log(typeof s.onabort);
c.abort();
console.log(log.join(' '));
c.abort();
console.log(log.length);
const late = [];
s.addEventListener('abort', () => late.push('late'));
console.log(late.length);
