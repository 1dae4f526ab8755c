// yield* delegates to any iterable; its value is the delegate's return value
function* inner() { const got = yield 'i1'; console.log('inner got', got); yield 'i2'; return 'inner result'; }
function* outer() {
  yield 'o1';
  const r = yield* inner();
  console.log('r =', r);
  yield* [1, 2];
  yield* 'ab';
  return 'outer result';
}
const it = outer();
let step;
let sent = 0;
while (!(step = it.next(sent++)).done) console.log(JSON.stringify(step));
console.log(JSON.stringify(step));
