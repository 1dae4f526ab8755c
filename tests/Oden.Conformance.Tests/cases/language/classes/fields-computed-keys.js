const log = [];
function key(name) { log.push(name); return name; }
class A {
  [key('m1')]() {}
  [key('f1')] = log.push('init f1');
  static [key('s1')] = log.push('init s1');
  [key('f2')] = log.push('init f2');
  static [key('m2')]() {}
}
console.log(log.join());
log.length = 0;
new A();
console.log(log.join());
let n = 0;
const counted = { toString() { n++; return 'counted'; } };
class B { [counted] = 1; }
new B(); new B();
console.log(n, JSON.stringify(new B()));
const sym = Symbol('s');
class C { [sym] = 'symbol field'; static [sym] = 'static symbol'; }
console.log(new C()[sym], C[sym], Object.getOwnPropertySymbols(new C()).length);
const dyn = [];
for (let i = 0; i < 2; i++) dyn.push(class { ['k' + i] = i; });
console.log(JSON.stringify(new dyn[0]()), JSON.stringify(new dyn[1]()));
class D { 1.5 = 'a'; 0x10 = 'b'; }
console.log(JSON.stringify(Object.keys(new D())));
