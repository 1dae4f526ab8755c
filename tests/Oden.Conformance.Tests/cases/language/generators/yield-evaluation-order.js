// operands evaluated before a yield are not re-evaluated after it
const log = [];
const o = { get p() { log.push('get p'); return 1; } };
function side(n) { log.push('side ' + n); return n; }
function* g() {
  const x = side(1) + (yield 'y1') + side(2);
  log.push('x=' + x);
  o.q = side(3) + (yield 'y2');
  log.push('o.q=' + o.q);
  const arr = [side(4), o.p, yield 'y3', side(5)];
  log.push(JSON.stringify(arr));
  let v = 10;
  v += yield 'y4';
  log.push('v=' + v);
  const m = { n: 1 };
  m[side('k')] = yield 'y5';
  log.push(JSON.stringify(m));
}
const it = g();
let r = it.next();
let n = 100;
while (!r.done) { log.push('yield ' + r.value); r = it.next(n++); }
console.log(log.join('\n'));
