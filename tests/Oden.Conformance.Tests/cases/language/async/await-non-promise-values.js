// await of values of every kind
async function f() {
  const values = [1, 'two', null, undefined, true, { o: 1 }, [1], Symbol.iterator];
  const out = [];
  for (const v of values) { const r = await v; out.push(r === v); }
  const fn = function () {};
  out.push((await fn) === fn);
  return out.join(',');
}
f().then(console.log);
