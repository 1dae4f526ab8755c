class A {
  set x(v) { this._x = 'A.set ' + v; }
  get x() { return 'A.get'; }
}
class B extends A {
  setViaSuper(v) { super.x = v; return this._x; }
  setPlain(v) { super.plain = v; return this.hasOwnProperty('plain') && !A.prototype.hasOwnProperty('plain'); }
  compound() { super.count = 1; super.count += 5; return this.count; }
  increment() { this.n = 1; super.n++; ++super.n; return this.n; }
  readOwn() { this.own = 'mine'; return super.own; }
}
const b = new B();
console.log(b.setViaSuper(3));
console.log(b.setPlain(4), b.plain);
console.log(b.compound());
console.log(b.increment());
console.log(b.readOwn());
class Frozen extends A {
  tryWrite() {
    Object.defineProperty(A.prototype, 'ro', { value: 1, writable: false, configurable: true });
    try { super.ro = 2; return 'no error'; } catch (e) { return e.constructor.name; }
  }
}
console.log(new Frozen().tryWrite());
const result = (function () { class Q extends A { m() { return (super.y = 9); } } return new Q().m(); })();
console.log(result);
