// await in loop heads and bodies of every loop kind
async function f() {
  const out = [];
  for (let i = await 0; i < await 3; i += await 1) out.push('for' + i);
  let n = 0;
  while (await (n < 2)) { out.push('while' + n); n++; }
  do { out.push('do' + n); n--; } while (await (n > 0));
  for (const x of await [7, 8]) out.push('of' + (await x));
  for (const k in await { p: 1, q: 2 }) out.push('in' + k);
  outer: for (let a = 0; a < 3; a++) { for (let b = 0; b < 3; b++) { await null; if (b === 1) continue outer; if (a === 2) break outer; out.push(a + '' + b); } }
  return out.join(' ');
}
f().then(console.log);
