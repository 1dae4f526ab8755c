// fall-through, bare return, and return of undefined
async function a() {}
async function b() { return; }
async function c() { await null; }
(async () => {
  console.log(await a(), await b(), await c());
  const values = await Promise.all([a(), b(), c()]);
  console.log(values.length, values.every(v => v === undefined));
})();
