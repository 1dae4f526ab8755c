class O extends Object {
  constructor(v) { super(v); this.tag = 'o'; }
}
const o = new O(5);
console.log(typeof o, o instanceof O, o instanceof Number, JSON.stringify(o));
const o2 = new O('str');
console.log(o2 instanceof String, o2.tag);
class Plain extends Object {}
const p = new Plain();
console.log(Object.getPrototypeOf(Object.getPrototypeOf(p)) === Object.prototype, p.constructor.name);
console.log(Plain.keys({ a: 1 }).join(), Plain.assign === Object.assign);
class NullBase extends null {
  constructor() { return Object.create(NullBase.prototype); }
  hello() { return 'hi'; }
}
const n = new NullBase();
console.log(n.hello(), Object.getPrototypeOf(NullBase.prototype), 'toString' in n);
