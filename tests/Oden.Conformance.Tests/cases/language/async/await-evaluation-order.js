// operands evaluated before an await keep their values
const log = [];
let x = 1;
async function later(v) { await null; x = 100; return v; }
async function f() {
  const a = x + (await later(10));
  log.push('a=' + a);
  x = 2;
  const obj = { k: 0 };
  let target = obj;
  target.k = x + (await later(5));
  log.push('obj.k=' + obj.k);
  const arr = [x, await later('mid'), x];
  log.push(JSON.stringify(arr));
  const fn = (p, q) => p + '/' + q;
  x = 3;
  log.push(fn(x, await later('q')));
  let counter = 0;
  counter += await later(4);
  log.push('counter=' + counter);
}
f().then(() => console.log(log.join('\n')));
