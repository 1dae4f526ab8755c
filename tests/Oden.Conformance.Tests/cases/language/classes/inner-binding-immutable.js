class A {
  static reassign() { try { A = 1; return 'assigned'; } catch (e) { return e.constructor.name; } }
  static get() { return A; }
}
console.log(A.reassign());
const Saved = A;
A = 5;
console.log(A, Saved.get() === Saved, typeof Saved.get());
const E = class Inner {
  static who() { return Inner; }
  static rename() { try { Inner = null; } catch (e) { return e.constructor.name; } }
};
console.log(E.who() === E, E.rename(), E.name, typeof Inner);
let L = class {
  static f() { return L; }
};
const before = L;
L = 'changed';
console.log(before.f());
