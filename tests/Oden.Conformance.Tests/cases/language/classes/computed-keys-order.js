const log = [];
function key(k) { log.push(k); return k; }
class A {
  [key('a')]() { return 'a'; }
  static [key('b')]() { return 'b'; }
  get [key('c')]() { return 'c'; }
  [key('d')]() { return 'd'; }
}
console.log(log.join());
console.log(new A().a(), A.b(), new A().c, new A().d());
const counted = { n: 0, toString() { this.n++; return 'k' + this.n; } };
class B { [counted]() { return 1; } }
console.log(counted.n, Object.getOwnPropertyNames(B.prototype).join());
const sym = Symbol('tag');
class C { [sym]() { return 'sym'; } get [Symbol.toStringTag]() { return 'CT'; } static [1 + 1]() { return 2; } 3() { return 3; } 'quoted key'() {} }
console.log(new C()[sym](), String(new C()), C[2](), new C()[3]());
console.log(C.prototype[sym].name, Object.getOwnPropertyDescriptor(C.prototype, Symbol.toStringTag).get.name, C[2].name, C.prototype[3].name);
console.log(JSON.stringify(Object.getOwnPropertyNames(C.prototype)));
const thrower = { toString() { throw new RangeError('key'); } };
try { class D { [thrower]() {} } } catch (e) { console.log(e.constructor.name); }
