// continue and labelled break inside for await
async function* nums() { for (let i = 0; i < 6; i++) yield i; }
(async () => {
  const out = [];
  for await (const n of nums()) { if (n % 2) continue; out.push(n); }
  console.log(out.join(','));
  const pairs = [];
  outer: for await (const a of nums()) {
    for await (const b of nums()) {
      if (b > a) continue outer;
      if (a === 4) break outer;
      pairs.push(a + '' + b);
    }
  }
  console.log(pairs.join(' '));
})();
