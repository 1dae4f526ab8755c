class A { constructor() { this.v = 1; } }
function check(label, f) {
  try { f(); console.log(label, 'no error'); }
  catch (e) { console.log(label, e.constructor.name, e instanceof TypeError); }
}
check('call', () => A());
check('call.call', () => A.call({}));
check('apply', () => A.apply({}, []));
check('Reflect.apply', () => Reflect.apply(A, {}, []));
check('bound', () => A.bind(null)());
const B = class {};
check('expression', () => B());
class C extends A {}
check('derived', () => C());
check('default ctor', () => (class {})());
console.log(new A().v, new (A.bind(null))().v, Reflect.construct(A, []).v);
console.log(typeof new B(), new C().v);
