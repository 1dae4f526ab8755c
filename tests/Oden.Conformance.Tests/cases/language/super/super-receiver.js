class A {
  get who() { return this.name; }
  set val(v) { this.stored = v + ':' + this.name; }
  whoAmI() { return this.constructor.name; }
}
class B extends A {
  constructor() { super(); this.name = 'b-instance'; }
  viaSuper() { return super.who; }
  setVal(v) { super.val = v; return this.stored; }
  call() { return super.whoAmI(); }
  callWith() { return super.whoAmI.call({ constructor: { name: 'other' } }); }
}
const b = new B();
console.log(b.viaSuper(), b.setVal(3), b.call(), b.callWith());
console.log(A.prototype.hasOwnProperty('stored'), b.hasOwnProperty('stored'));
const proto = { get x() { return this.y; }, y: 'proto-y' };
const obj = { __proto__: proto, y: 'own-y', read() { return super.x; } };
console.log(obj.read());
const setterProto = { set v(x) { this.seen = x; } };
const target = { __proto__: setterProto, assign(x) { super.v = x; return this.seen; } };
console.log(target.assign(7), Object.keys(target).join());
