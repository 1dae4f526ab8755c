// await nested in calls, operands, literals, templates and conditionals
async function f() {
  const o = { a: 1, b: await 2, c: [await 3, 4, await 5] };
  const s = 'x' + (await 'y') + (true ? await 'z' : 'n');
  const add = (x, y) => x + y;
  const r = add(await 10, await 20) + Math.max(await 1, 2);
  const t = `${await 'tem'}-${await 'plate'}`;
  const neg = -(await 5);
  const cmp = (await 3) > 2;
  const typ = typeof (await null);
  const idx = [10, 20, 30][await 1];
  return JSON.stringify([o, s, r, t, neg, cmp, typ, idx]);
}
f().then(console.log);
