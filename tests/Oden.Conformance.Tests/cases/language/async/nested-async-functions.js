// async functions defined inside async functions share the outer frame's bindings
async function outer() {
  let count = 0;
  async function inc() { await null; count++; return count; }
  const first = await inc();
  const both = await Promise.all([inc(), inc()]);
  const a = both[0], b = both[1];
  return [first, a, b, count].join(',');
}
outer().then(console.log);
