let order = [];
class A {
  a = (order.push('a'), 1);
  b = this.a + 1;
  c;
  constructor() { order.push('ctor'); this.d = this.b + 1; }
}
const a = new A();
console.log(JSON.stringify(a), order.join());
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(a, 'a')));
class Shadow { x = 1; get y() { return 'proto getter'; } }
class WithSetter { set x(v) { order.push('setter called'); } }
class DefinesNotSets extends WithSetter { x = 5; }
order = [];
const d = new DefinesNotSets();
console.log(d.x, order.length, Object.keys(d).join());
class Arrow { name = 'arrow'; get = () => this.name; }
const getter = new Arrow().get;
console.log(getter());
class Counter { static n = 0; id = ++Counter.n; }
console.log(new Counter().id, new Counter().id, Counter.n);
class Fn { method = function () { return this; }; named = function inner() {}; }
console.log(Fn.name, new Fn().method.name, new Fn().named.name, new Fn().method() instanceof Fn);
const o = new (class { x = 1; })();
console.log(JSON.stringify(o), o.constructor.name);
