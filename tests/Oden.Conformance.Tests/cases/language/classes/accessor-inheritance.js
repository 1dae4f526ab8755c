class Base {
  constructor() { this._v = 1; }
  get v() { return 'base:' + this._v; }
  set v(x) { this._v = x; }
}
class OnlyGetter extends Base { get v() { return 'derived:' + this._v; } }
const o = new OnlyGetter();
console.log(o.v);
o.v = 5;
console.log(o.v, o._v, Object.keys(o).join());
class ViaSuper extends Base {
  get v() { return 'via ' + super.v; }
  set v(x) { super.v = x * 10; }
}
const s = new ViaSuper();
s.v = 2;
console.log(s.v, s._v);
class StaticAcc { static get x() { return this.name + '.x'; } }
class Sub extends StaticAcc {}
console.log(StaticAcc.x, Sub.x);
class Shadow extends Base { constructor() { super(); Object.defineProperty(this, 'v', { value: 'own', enumerable: true }); } }
console.log(new Shadow().v);
