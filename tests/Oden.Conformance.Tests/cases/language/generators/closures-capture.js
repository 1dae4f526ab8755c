// closures created inside a generator see the live bindings of its frame
function* g() {
  let shared = 0;
  const inc = () => ++shared;
  yield inc;
  yield shared;
  const fns = [];
  for (let i = 0; i < 3; i++) { fns.push(() => i * 10 + shared); yield i; }
  yield fns.map(f => f()).join(',');
}
const it = g();
const inc = it.next().value;
inc(); inc();
console.log(it.next().value);
it.next(); it.next(); it.next();
inc();
console.log(it.next().value);
function counter() { let n = 0; return function* () { while (true) yield ++n; }; }
const make = counter();
const a = make(), b = make();
console.log(a.next().value, b.next().value, a.next().value);
