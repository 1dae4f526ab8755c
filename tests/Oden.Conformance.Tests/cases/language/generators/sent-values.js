// values sent with next() arrive at the yield that suspended
function* accumulator() { let total = 0; while (true) { const v = yield total; if (v === undefined) return total; total += v; } }
const acc = accumulator();
acc.next();
for (const n of [5, 10, 20]) console.log('running total', acc.next(n).value);
console.log(JSON.stringify(acc.next()));
function* echo() { let received = 'nothing yet'; while (true) received = yield 'echo: ' + received; }
const e = echo();
console.log(e.next('lost').value, e.next('hello').value, e.next({ toString() { return 'object'; } }).value);
