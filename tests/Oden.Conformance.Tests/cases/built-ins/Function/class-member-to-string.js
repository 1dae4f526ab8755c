// Function.prototype.toString of class members: the MethodDefinition's text, from the key or the
// get/set/async/* prefix, without `static` (and the comments after it).
const k = 'computed';
class A {
  m(a, b) { return a + b; }
  static s() { return 's'; }
  static /* note */ get sg() { return 1; }
  static
    // line comment
    set ss(v) { }
  get g() { return 2; }
  set g(v) { this._g = v; }
  async am() { await 0; }
  *gen() { yield 1; }
  async *agen() { }
  [k + 'Key']() { }
  static async [k]() { }
  'quoted name'() { }
  42() { }
  field = () => 1;
  static sfield = function () { return 2; };
}
const d = (o, key) => Object.getOwnPropertyDescriptor(o, key);
console.log(A.prototype.m.toString());
console.log(A.s.toString());
console.log(d(A, 'sg').get.toString());
console.log(d(A, 'ss').set.toString());
console.log(d(A.prototype, 'g').get.toString(), '|', d(A.prototype, 'g').set.toString());
console.log(A.prototype.am.toString(), '|', A.prototype.gen.toString(), '|', A.prototype.agen.toString());
console.log(A.prototype.computedKey.toString(), '|', A.computed.toString());
console.log(A.prototype['quoted name'].toString(), '|', A.prototype[42].toString());
console.log(new A().field.toString(), '|', A.sfield.toString());
const o = { m() { return 1; }, get x() { return 1; }, async *ag() { }, [k]: function () { } };
console.log(o.m.toString(), '|', d(o, 'x').get.toString(), '|', o.ag.toString(), '|', o[k].toString());
console.log(class { static m() { } }.m.toString(), (class B { }).toString());
