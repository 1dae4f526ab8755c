// Optional-call forms and super.m(args): the callee is read before the arguments.
const log = [];
function arg(x) { log.push('arg ' + x); return x; }
function show(label) { console.log(label + ': ' + log.join(', ')); log.length = 0; }

const o = {
  get m() { log.push('get m'); return function (a) { log.push('call ' + a + ' this=o:' + (this === o)); }; },
  get none() { log.push('get none'); return undefined; },
};
o?.m(arg(1));
show('o?.m()');
o.m?.(arg(2));
show('o.m?.()');
o?.['m'](arg(3));
show("o?.['m']()");
(o?.m)(arg(4));
show('(o?.m)()');
o.none?.(arg(5));
show('o.none?.() short-circuits');
let n = null;
n?.m(arg(6));
show('null?.m() short-circuits');
try { o.none(arg(7)); } catch (e) { log.push(e.constructor.name); }
show('o.none() not callable');

class A {
  get m() { log.push('get A#m'); return function (a) { log.push('A#m ' + a + ' this=instance:' + (this instanceof B)); }; }
  static get s() { log.push('get A.s'); return function (a) { log.push('A.s ' + a + ' this=B:' + (this === B)); }; }
}
class B extends A {
  run() { super.m(arg('x')); }
  runComputed() { super['m'](arg('y')); }
  static runStatic() { super.s(arg('z')); }
  arrow() { return () => super.m(arg('w')); }
}
new B().run();
show('super.m()');
new B().runComputed();
show("super['m']()");
B.runStatic();
show('static super.s()');
new B().arrow()();
show('super.m() in an arrow');

const lit = {
  __proto__: { get hello() { log.push('get hello'); return function (a) { log.push('hello ' + a); }; } },
  greet() { super.hello(arg('lit')); },
};
lit.greet();
show('object literal super');

class C { m() {} }
class D extends C { run() { try { super.missing(arg(1)); } catch (e) { log.push(e.constructor.name); } } }
new D().run();
show('super.missing()');
