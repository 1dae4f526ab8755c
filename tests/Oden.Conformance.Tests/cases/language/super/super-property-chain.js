class A { get v() { return 'A'; } static s() { return 'A.s'; } }
class B extends A { get v() { return 'B>' + super.v; } }
class C extends B { get v() { return 'C>' + super.v; } static s() { return 'C>' + super.s(); } }
console.log(new C().v, C.s());
const proto = Object.getPrototypeOf(C.prototype);
console.log(proto === B.prototype, Object.getOwnPropertyNames(proto).join());
class D extends C { m() { return super.v + '|' + super.constructor.name + '|' + super.toString.name; } }
console.log(new D().m());
class E extends D { m() { return typeof super.missing + ' ' + (super.missing === undefined); } }
console.log(new E().m());
class F extends A { check() { return super.v === A.prototype.v; } }
console.log(new F().check());
