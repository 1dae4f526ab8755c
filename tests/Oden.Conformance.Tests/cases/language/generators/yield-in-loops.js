// yield inside every kind of loop, with break/continue and labels
function* loops() {
  for (let i = 0; i < 3; i++) { if (i === 1) continue; yield 'for ' + i; }
  let j = 0;
  while (j < 3) { j++; yield 'while ' + j; }
  do { yield 'do ' + j; j--; } while (j > 1);
  for (const c of 'xy') yield 'of ' + c;
  const obj = { p: 1, q: 2 };
  for (const k in obj) yield 'in ' + k;
  outer: for (let a = 0; a < 3; a++) {
    for (let b = 0; b < 3; b++) {
      if (b === 2) continue outer;
      if (a === 2) break outer;
      yield a + '' + b;
    }
  }
  switch (j) { case 1: yield 'case 1'; case 2: yield 'fallthrough'; break; default: yield 'default'; }
}
console.log(Array.from(loops()).join(', '));
