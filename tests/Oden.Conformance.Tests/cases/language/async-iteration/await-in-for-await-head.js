// await in the for await head, and in the loop target
async function source() { await null; return ['x', 'y']; }
(async () => {
  const out = [];
  for await (const v of await source()) out.push(v);
  const holder = {};
  for await (holder[await 'key'] of ['k1', 'k2']) out.push(holder.key);
  let outerVar;
  for await (outerVar of ['v1']) out.push(outerVar);
  console.log(out.join(' '), outerVar);
})();
