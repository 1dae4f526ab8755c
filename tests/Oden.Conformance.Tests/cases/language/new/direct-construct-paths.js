// `new F(...)` with 0-4 arguments on plain functions (the direct construct entries), and on what must keep the
// general [[Construct]]: new.target readers, arguments readers, object results, bound functions, classes,
// non-constructors; then a replaced prototype property.
function P(a, b) { this.a = a; this.b = b; }
function Q(a) { if (!new.target) return 'called'; this.t = new.target === Q; }
function R() { return { replaced: true }; }
function S(a, b, c, d) { this.sum = a + b + c + (d || 0); }
function T() { this.n = arguments.length; }
const p = new P(1, 2), q = new Q(1), r = new R(), s = new S(1, 2, 3), s4 = new S(1, 2, 3, 4), t = new T(1, 2);
console.log(JSON.stringify([p, q, Q(), r, s, s4, t]), p instanceof P, q instanceof Q, r instanceof R);
P.prototype = { hello() { return 'hi ' + this.a; } };
console.log(new P(5).hello(), new P(6, 7, 8).b, new P().a);
const arrow = () => 1;
try { new arrow(); } catch (e) { console.log(e.constructor.name); }
function* g() {}
try { new g(); } catch (e) { console.log(e.constructor.name); }
class C { constructor(x) { this.x = x; } }
console.log(new C(3).x);
try { C(); } catch (e) { console.log(e.constructor.name); }
const B = P.bind(null, 'bound');
console.log(new B(9).a, new B(9).b);
function Thrower() { throw new SyntaxError('x'); }
try { new Thrower(); } catch (e) { console.log(e.constructor.name); }
let count = 0; for (let i = 0; i < 1000; i++) count += new P(i, 1).a; console.log(count);
