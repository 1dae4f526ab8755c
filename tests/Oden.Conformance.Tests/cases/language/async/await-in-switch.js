// await in switch discriminants, case tests and case bodies
async function kind(x) {
  switch (await x) {
    case 1: return 'one';
    case await 2: return 'two';
    case 3: { const r = await 'three'; return r; }
    default: await null; return 'other';
  }
}
(async () => {
  for (const v of [1, 2, 3, 4]) console.log(v, await kind(v));
  let fell = [];
  switch (2) { case 1: fell.push(await 'a'); case 2: fell.push(await 'b'); case 3: fell.push(await 'c'); break; case 4: fell.push('d'); }
  console.log(fell.join(''));
})();
