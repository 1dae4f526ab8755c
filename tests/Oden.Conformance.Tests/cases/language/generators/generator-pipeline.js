// map/filter/take over generators
function* naturals() { let i = 1; while (true) yield i++; }
function* map(xs, f) { for (const x of xs) yield f(x); }
function* filter(xs, p) { for (const x of xs) if (p(x)) yield x; }
function* take(xs, n) { let i = 0; for (const x of xs) { if (i++ >= n) return; yield x; } }
function* chunk(xs, size) { let buf = []; for (const x of xs) { buf.push(x); if (buf.length === size) { yield buf; buf = []; } } if (buf.length) yield buf; }
let sum = 0;
for (const v of take(filter(map(naturals(), x => x * 3), x => x % 2 === 0), 1000)) sum += v;
console.log(sum);
console.log(JSON.stringify(Array.from(chunk(take(naturals(), 7), 3))));
