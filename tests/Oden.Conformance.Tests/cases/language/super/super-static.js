class A {
  static create() { return new this(); }
  static describe() { return 'A.describe on ' + this.name; }
  static get label() { return 'label of ' + this.name; }
  static set label(v) { this._label = v; }
}
class B extends A {
  static create() { const o = super.create(); o.viaB = true; return o; }
  static describe() { return 'B>' + super.describe(); }
  static get label() { return 'B>' + super.label; }
  static set label(v) { super.label = v + '!'; }
}
const b = B.create();
console.log(b instanceof B, b.viaB);
console.log(B.describe());
console.log(B.label);
B.label = 'x';
console.log(B._label, A._label, B.hasOwnProperty('_label'));
class C extends B { static describe() { return 'C>' + super.describe(); } }
console.log(C.describe(), C.label);
const arrow = class D extends A { static f() { return [1].map(() => super.describe()).join(); } };
console.log(arrow.f());
