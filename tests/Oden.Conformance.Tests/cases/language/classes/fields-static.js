const order = [];
class A {
  static first = (order.push('first'), 1);
  static m() { return 'm'; }
  static second = (order.push('second ' + this.first), this.first + 1);
  static ref = A.m();
  static self = this;
  static [(order.push('computed key'), 'dyn')] = 'dyn value';
}
console.log(order.join(), A.first, A.second, A.ref, A.self === A, A.dyn);
console.log(JSON.stringify(Object.getOwnPropertyNames(A)));
class B extends A { static second = super.second * 10; static inherited = this.first; }
console.log(B.second, B.inherited, B.hasOwnProperty('first'));
try { class C { static x = C.y.z; } } catch (e) { console.log(e.constructor.name); }
const Anon = class { static named = this.name; };
console.log(JSON.stringify(Anon.named));
class D { static fn = () => this; static method = function () {}; }
console.log(D.fn() === D, D.method.name);
class E { static 'quoted' = 1; static 7 = 'seven'; }
console.log(E.quoted, E[7]);
