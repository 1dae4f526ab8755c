// yields inside labelled blocks and switch cases
function* g(x) {
  block: {
    yield 'in block';
    if (x) break block;
    yield 'not skipped';
  }
  switch (x) {
    case 0: yield 'zero';
    case 1: yield 'one (or fell through)'; break;
    default: yield 'default';
  }
  yield 'end';
}
console.log(Array.from(g(0)).join(' / '));
console.log(Array.from(g(1)).join(' / '));
console.log(Array.from(g(5)).join(' / '));
