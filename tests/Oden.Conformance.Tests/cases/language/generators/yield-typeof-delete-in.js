// yield as operand of unary and relational operators
function* g() {
  const o = { p: 1, q: 2 };
  yield typeof (yield 'for typeof');
  yield delete o[yield 'key to delete'];
  yield (yield 'key to test') in o;
  yield !(yield 'negate me');
  yield -(yield 'negate number');
  yield JSON.stringify(o);
}
const it = g();
const sends = [42, 'p', 'q', 0, 5];
let r = it.next();
let i = 0;
const out = [];
while (!r.done) { out.push(String(r.value)); r = it.next(sends[i++]); }
console.log(out.join(', '));
