function tryIt(label, f) {
  try { const r = f(); console.log(label, r); } catch (e) { console.log(label, e.constructor.name); }
}
tryIt('extends function', () => { function F() { this.f = 1; } class C extends F {} return new C().f; });
tryIt('extends bound', () => { function F() { this.f = 2; } const B = F.bind(null); class C extends B {} return new C().f; });
tryIt('extends number', () => { class C extends 1 {} return 1; });
tryIt('extends object', () => { class C extends {} {} return 1; });
tryIt('extends arrow', () => { class C extends (() => {}) {} return 1; });
tryIt('extends method', () => { const o = { m() {} }; class C extends o.m {} return 1; });
tryIt('extends undefined', () => { class C extends undefined {} return 1; });
tryIt('bad prototype', () => { function F() {} F.prototype = 3; class C extends F {} return 1; });
tryIt('null prototype', () => { function F() {} F.prototype = null; class C extends F {} return Object.getPrototypeOf(C.prototype); });
tryIt('extends null proto', () => { class C extends null {} return Object.getPrototypeOf(C.prototype) + ' ' + (Object.getPrototypeOf(C) === Function.prototype); });
tryIt('extends call result', () => { const mix = B => class extends B { mixed() { return 'mixed'; } }; class C extends mix(Object) {} return new C().mixed(); });
tryIt('extends proxy', () => { const P = new Proxy(class { constructor() { this.p = 'proxied'; } }, {}); class C extends P {} return new C().p; });
tryIt('prototype getter order', () => { const log = []; function F() {} Object.defineProperty(F, 'prototype', { get() { log.push('get'); return {}; } }); class C extends F {} return log.join(); });
tryIt('static inheritance', () => { class A { static s() { return 'A.s'; } } class B extends A {} return B.s(); });
