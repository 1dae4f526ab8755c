// Lexical pattern declarations in blocks, switch cases and labelled statements.
const value = { kind: 'pair', items: [1, 2] };
switch (value.kind) {
  case 'single': { const [only] = value.items; console.log('single', only); break; }
  case 'pair': {
    const [left, right] = value.items;
    console.log('pair', left, right);
    break;
  }
}
switch (2) {
  case 1:
    let { a } = { a: 'a1' };
    console.log(a);
  case 2:
    try { console.log(a); } catch (e) { console.log('tdz', e.constructor.name); }
}
{
  let { shadow = 'inner' } = {};
  console.log(shadow);
}
labelled: {
  const [l1] = ['label'];
  if (l1) break labelled;
  console.log('unreachable');
}
if (true) var [ifVar] = ['if var'];
console.log(ifVar);
