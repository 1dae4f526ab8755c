class A {
  constructor(...args) { this.args = args; }
  m(...xs) { return xs.join('|'); }
}
class B extends A {
  constructor(a, ...rest) { super(a * 10, ...rest, 'end'); }
  m(...xs) { return 'B:' + super.m(...xs, 'x') + ':' + super.m(1, 2, 3, 4, 5); }
}
const b = new B(1, 2, 3);
console.log(b.args.join(), b.m('a', 'b'));
class C extends A { constructor() { super(1, 2, 3, 4, 5, 6); } }
console.log(new C().args.length);
class D extends A { constructor(...a) { super(...a.reverse()); } }
console.log(new D(1, 2, 3).args.join());
