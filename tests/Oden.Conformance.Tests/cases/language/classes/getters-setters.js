class Temp {
  constructor() { this._c = 0; }
  get f() { return this._c * 9 / 5 + 32; }
  set f(v) { this._c = (v - 32) * 5 / 9; }
  get c() { return this._c; }
}
const t = new Temp();
t.f = 212;
console.log(t.c, t.f);
t.c = 5;
console.log(t.c);
const d = Object.getOwnPropertyDescriptor(Temp.prototype, 'f');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, d.get.name, d.set.name);
class OnlySet { set x(v) { this.saved = v; } }
const o = new OnlySet();
o.x = 3;
console.log(o.x, o.saved);
class Override { get v() { return 1; } get v() { return 2; } }
console.log(new Override().v);
class Mixed { get v() { return 'getter'; } v() { return 'method'; } }
console.log(typeof Object.getOwnPropertyDescriptor(Mixed.prototype, 'v').value);
class Mixed2 { v() { return 'method'; } get v() { return 'getter'; } }
console.log(new Mixed2().v);
class RO { get x() { return 1; } }
try { new RO().x = 2; console.log('no error'); } catch (e) { console.log(e.constructor.name); }
