class A {
  constructor() { this.target = new.target; this.name = new.target.name; }
}
class B extends A {}
class C extends B { constructor() { super(); this.inC = new.target === C; } }
console.log(new A().name, new B().name, new C().name, new C().inC);
console.log(new A().target === A, new B().target === B);
class Abstract {
  constructor() { if (new.target === Abstract) throw new TypeError('abstract'); this.ok = true; }
}
class Concrete extends Abstract {}
try { new Abstract(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(new Concrete().ok);
const r = Reflect.construct(A, [], B);
console.log(r.name, Object.getPrototypeOf(r) === B.prototype, r instanceof B);
function Plain() {}
Plain.prototype.plain = true;
const r2 = Reflect.construct(C, [], Plain);
console.log(r2.name, r2.plain, r2.inC, r2 instanceof C);
class M { m() { return new.target; } static s() { return new.target; } get g() { return new.target; } }
console.log(new M().m(), M.s(), new M().g);
class ArrowNT extends A { constructor() { const f = () => new.target; super(); this.fromArrow = f() === ArrowNT; } }
console.log(new ArrowNT().fromArrow);
