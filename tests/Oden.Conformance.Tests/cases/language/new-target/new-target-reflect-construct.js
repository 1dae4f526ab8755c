class Base { constructor() { this.nt = new.target.name; } }
class Derived extends Base {}
function Other() {}
const a = Reflect.construct(Base, [], Derived);
console.log(a.nt, a instanceof Derived, a.constructor.name);
const b = Reflect.construct(Derived, [], Other);
console.log(b.nt, b instanceof Other, b instanceof Derived);
try { Reflect.construct(Base, [], Math.max); } catch (e) { console.log(e.constructor.name); }
try { Reflect.construct(Base, [], {}); } catch (e) { console.log(e.constructor.name); }
function F(a) { this.args = a + ':' + (new.target === F ? 'self' : new.target.name); }
console.log(Reflect.construct(F, [1]).args, Reflect.construct(F, [2], Base).args);
const bound = Base.bind(null);
console.log(new bound().nt, Reflect.construct(bound, [], Derived).nt);
