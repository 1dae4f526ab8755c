// for await over an async generator, an array of promises and a sync generator
async function* letters() { yield 'a'; await null; yield 'b'; yield 'c'; }
function* sync() { yield 1; yield Promise.resolve(2); yield 3; }
(async () => {
  let s = '';
  for await (const l of letters()) s += l;
  console.log(s);
  const vals = [];
  for await (const v of [Promise.resolve('p1'), 'plain', Promise.resolve('p2')]) vals.push(v);
  console.log(vals.join(','));
  let total = 0;
  for await (const n of sync()) total += n;
  console.log(total);
  for await (const ch of 'xy') console.log('char', ch);
})();
