// a return from inside for-of in a generator closes the inner iterator
const log = [];
function* source() { try { yield 'a'; yield 'b'; } finally { log.push('source closed'); } }
function* g() { for (const v of source()) { log.push('got ' + v); return 'returned from loop'; } }
const it = g();
log.push(JSON.stringify(it.next()));
console.log(log.join(' | '));
const log2 = [];
function* h() { for (const v of source()) { yield v; } }
const it2 = h();
it2.next();
log2.push(JSON.stringify(it2.return('outer return')));
console.log(log2.join(' | '), log.length);
