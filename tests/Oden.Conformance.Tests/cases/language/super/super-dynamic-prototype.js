class A { who() { return 'A'; } }
class B { who() { return 'B'; } }
class C extends A { who() { return 'C>' + super.who(); } }
const c = new C();
console.log(c.who());
Object.setPrototypeOf(C.prototype, B.prototype);
console.log(c.who());
Object.setPrototypeOf(C.prototype, null);
try { c.who(); } catch (e) { console.log(e.constructor.name); }
const obj = { m() { return super.greeting; } };
console.log(obj.m());
Object.setPrototypeOf(obj, { greeting: 'hi' });
console.log(obj.m());
class S extends A { static who() { return super.who ? 'static has who' : 'static none'; } }
console.log(S.who());
Object.setPrototypeOf(S, { who() {} });
console.log(S.who());
class D extends A {}
Object.setPrototypeOf(D, B);
console.log(new D().who(), new D() instanceof A);
