class A {
  greet() { return 'A.greet'; }
  static sgreet() { return 'A.sgreet'; }
}
class B extends A {
  viaField = super.greet();
  arrowField = () => super.greet() + ' later';
  static sField = super.sgreet();
  static { this.fromBlock = super.sgreet() + ' in block'; }
}
const b = new B();
console.log(b.viaField, b.arrowField(), B.sField, B.fromBlock);
Object.setPrototypeOf(B.prototype, { greet() { return 'swapped'; } });
console.log(b.arrowField(), new B().viaField);
