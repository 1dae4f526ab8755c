// lazy infinite sequences composed with generator helpers
function* naturals() { let n = 0; while (true) yield n++; }
function* take(it, n) { if (n <= 0) return; for (const v of it) { yield v; if (--n <= 0) return; } }
function* map(it, f) { for (const v of it) yield f(v); }
function* filter(it, p) { for (const v of it) if (p(v)) yield v; }
const squaresOfOdds = take(map(filter(naturals(), n => n % 2), n => n * n), 5);
console.log(Array.from(squaresOfOdds).join(','));
function* fib() { let a = 0, b = 1; while (true) { yield a; const t = a + b; a = b; b = t; } }
const out = [];
for (const f of fib()) { if (f > 100) break; out.push(f); }
console.log(out.join(' '));
function* cycle(xs) { while (true) yield* xs; }
console.log(Array.from(take(cycle(['a', 'b', 'c']), 7)).join(''));
