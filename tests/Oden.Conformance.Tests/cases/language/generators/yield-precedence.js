// yield binds loosely: yield a, b yields a; yield without operand yields undefined
function* g() {
  const r1 = yield 1, r2 = 'second binding';
  const seq = (yield 'a', yield 'b');
  const noOperand = yield;
  yield [r1, r2, seq, noOperand].join('/');
  const nested = yield yield 'inner';
  yield 'nested=' + nested;
}
const it = g();
const sends = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'];
let r = it.next();
let i = 0;
while (!r.done) { console.log(String(r.value)); r = it.next(sends[i++]); }
