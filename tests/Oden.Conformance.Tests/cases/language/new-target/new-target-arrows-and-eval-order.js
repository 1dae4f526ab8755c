function Outer() {
  const get = () => new.target;
  const nested = () => (() => new.target)();
  this.same = get() === Outer && nested() === Outer;
  this.later = get;
}
const o = new Outer();
console.log(o.same, o.later() === Outer);
Outer.call({});
const plain = {};
Outer.call(plain);
console.log(plain.same, plain.later());
class C {
  constructor() { this.fns = [1, 2].map(() => new.target.name); }
}
class D extends C {}
console.log(new C().fns.join(), new D().fns.join());
function Args() { return [arguments.length, typeof new.target].join(); }
console.log(Args(1, 2, 3), JSON.stringify(new Args(1)));
function Tagged() { if (new.target) { this.kind = 'constructed'; } else { return 'called'; } }
console.log(Tagged(), new Tagged().kind);
