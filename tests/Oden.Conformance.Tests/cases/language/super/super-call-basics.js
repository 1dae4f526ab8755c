class A {
  constructor(a, b) { this.sum = a + b; this.target = new.target.name; }
}
class B extends A {
  constructor(a) { const r = super(a, 10); this.same = r === this; }
}
const b = new B(5);
console.log(b.sum, b.target, b.same, b instanceof B, b instanceof A);
class C extends A {
  constructor() { const f = () => super(1, 2); f(); this.after = true; }
}
const c = new C();
console.log(c.sum, c.after, c.target);
class Many extends A { constructor() { super(1, 2, 3, 4, 5); } }
console.log(new Many().sum);
class Cond extends A {
  constructor(flag) { if (flag) { super(1, 1); } else { super(2, 2); } }
}
console.log(new Cond(true).sum, new Cond(false).sum);
class ArgsOrder extends A {
  constructor() { const log = []; super((log.push('a'), 1), (log.push('b'), 2)); this.log = log.join(); }
}
console.log(new ArgsOrder().log);
