// closures and block scopes inside async generators
async function* ag() {
  const fns = [];
  for (let i = 0; i < 3; i++) { await null; fns.push(() => i); yield i; }
  let shared = 'a';
  const read = () => shared;
  yield read();
  shared = 'b';
  await null;
  yield read() + fns.map(f => f()).join('');
}
(async () => { const out = []; for await (const v of ag()) out.push(v); console.log(out.join(' ')); })();
