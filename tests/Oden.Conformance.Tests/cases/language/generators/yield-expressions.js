// yield inside expressions: evaluation order and operands kept across the suspension
function* g() {
  const log = [];
  const obj = { a: yield 'a', b: [yield 'b', 'x', yield 'c'] };
  log.push(JSON.stringify(obj));
  const sum = (yield 'd') + (yield 'e') * 2;
  log.push(sum);
  const f = (p, q, r) => p + '-' + q + '-' + r;
  log.push(f('first', yield 'f', 'last'));
  log.push(`t${yield 'g'}t`);
  log.push((yield 'h') ? 'truthy' : 'falsy');
  log.push(typeof (yield 'i'));
  return log.join(' | ');
}
const it = g();
let r = it.next();
const sends = [1, 2, 3, 4, 5, 'F', 'G', 0, null];
let i = 0;
while (!r.done) { console.log('yielded', r.value); r = it.next(sends[i++]); }
console.log(r.value);
