class A {
  m() { return this; }
  static s() { return this; }
  undeclared() { try { undeclaredVariable = 1; return 'no error'; } catch (e) { return e.constructor.name; } }
  frozen() { const o = Object.freeze({ a: 1 }); try { o.a = 2; return 'no error'; } catch (e) { return e.constructor.name; } }
  argumentsIndependent(a) { a = 2; return arguments[0]; }
}
const m = A.prototype.m;
console.log(m(), typeof m.call(5), m.call(5));
const s = A.s;
console.log(s());
console.log(new A().undeclared());
console.log(new A().frozen());
console.log(new A().argumentsIndependent(1));
console.log(typeof undeclaredVariable);
const B = class { f() { return (function () { return this; })(); } };
console.log(new B().f());
