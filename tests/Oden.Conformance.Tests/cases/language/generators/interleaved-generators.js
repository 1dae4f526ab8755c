// several live generators from one function keep separate frames
function* counter(name) { let n = 0; while (true) { const reset = yield name + (n++); if (reset) n = 0; } }
const a = counter('a'), b = counter('b');
console.log(a.next().value, b.next().value, a.next().value, a.next().value, b.next().value);
console.log(a.next(true).value, a.next().value, b.next().value);
function* zip(x, y) { const ix = x[Symbol.iterator](), iy = y[Symbol.iterator](); while (true) { const p = ix.next(), q = iy.next(); if (p.done || q.done) return; yield p.value + q.value; } }
console.log(Array.from(zip(counter('x'), ['1', '2', '3'])).join(' '));
