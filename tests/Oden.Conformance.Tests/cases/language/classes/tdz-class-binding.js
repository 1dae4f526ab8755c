function tryIt(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name); }
}
tryIt('before declaration', () => { const r = typeof Early; class Early {} return r; });
tryIt('heritage self', () => { class X extends X {} return 1; });
tryIt('computed key uses name', () => { class Y { [Y.name]() {} } return 1; });
tryIt('expression heritage', () => { const Z = class Z2 extends Z2 {}; return 1; });
tryIt('static method uses name later', () => { class W { static me() { return W; } } return W.me() === W; });
tryIt('after declaration', () => { class V {} return typeof V; });
tryIt('outer binding in body', () => { let r; { class U { static f() { return typeof U; } } r = U.f(); } return r; });
tryIt('use before in same scope', () => { function f() { return Later; } try { f(); } catch (e) { return e.constructor.name; } class Later {} });
tryIt('typeof in tdz', () => { try { typeof T; } catch (e) { return e.constructor.name; } class T {} });
