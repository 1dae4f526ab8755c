// map/filter/take over async generators
async function* naturals() { let i = 1; while (true) { await null; yield i++; } }
async function* map(xs, f) { for await (const x of xs) yield f(x); }
async function* filter(xs, p) { for await (const x of xs) if (await p(x)) yield x; }
async function* take(xs, n) { if (n <= 0) return; for await (const x of xs) { yield x; if (--n <= 0) return; } }
(async () => {
  const out = [];
  for await (const v of take(filter(map(naturals(), x => x * x), async x => x % 3 === 1), 6)) out.push(v);
  console.log(out.join(' '));
})();
