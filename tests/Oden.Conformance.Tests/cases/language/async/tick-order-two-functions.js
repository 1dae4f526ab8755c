// two async functions interleave one await at a time
const log = [];
async function worker(name, n) { for (let i = 0; i < n; i++) { log.push(name + i); await null; } log.push(name + ' done'); return name; }
const pa = worker('a', 3);
const pb = worker('b', 2);
Promise.all([pa, pb]).then(r => log.push('all ' + r.join(',')));
Promise.race([pa, pb]).then(r => log.push('race ' + r));
(async () => { for (let i = 0; i < 12; i++) await null; console.log(log.join(' ')); })();
