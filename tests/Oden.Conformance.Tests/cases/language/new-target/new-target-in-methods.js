class A {
  static factory() { return [typeof new.target, (() => typeof new.target)()].join(); }
  get g() { return typeof new.target; }
  set s(v) { this.seen = typeof new.target; }
  m() { function inner() { return typeof new.target; } return inner() + ',' + typeof new inner(); }
}
console.log(A.factory(), new A().g);
const a = new A();
a.s = 1;
console.log(a.seen, a.m());
const obj = { method() { return typeof new.target; }, arrow: () => 1 };
console.log(obj.method());
function* gen() { yield typeof new.target; }
console.log(gen().next().value);
async function af() { return typeof new.target; }
af().then(v => console.log('async', v));
