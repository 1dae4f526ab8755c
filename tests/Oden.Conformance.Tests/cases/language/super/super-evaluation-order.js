const log = [];
class A { m() { return 'A.m'; } }
class B extends A {
  test() {
    const key = { toString() { log.push('toString'); return 'm'; } };
    const r = super[(log.push('key'), key)]((log.push('arg'), 1));
    return r;
  }
  assign() {
    super[(log.push('akey'), 'z')] = (log.push('value'), 3);
    return this.z;
  }
}
const b = new B();
console.log(b.test(), log.join());
log.length = 0;
console.log(b.assign(), log.join());
class C extends A {
  constructor() {
    try { super[(log.push('before-this'), 'm')]; } catch (e) { log.push(e.constructor.name); }
    super();
  }
}
log.length = 0;
new C();
console.log(log.join());
class D extends A { m2() { return super['m'](); } m3() { const k = 'm'; return super[k](); } }
console.log(new D().m2(), new D().m3());
