class Counter {
  static create() { return new this(); }
  static get count() { return Counter._count || 0; }
  static set count(v) { Counter._count = v; }
  constructor() { Counter.count = Counter.count + 1; }
  static name2() { return this.name; }
}
Counter.create(); Counter.create(); new Counter();
console.log(Counter.count, Counter._count, Counter.name2());
class Sub extends Counter {}
console.log(Sub.create() instanceof Sub, Sub.count, Sub.name2());
console.log(Object.getPrototypeOf(Sub) === Counter);
console.log(Sub.hasOwnProperty('create'), 'create' in Sub);
class N { static name() { return 'custom'; } }
console.log(typeof N.name, N.name());
class L { static length() { return 9; } }
console.log(typeof L.length);
class S { static ['prototype2']() {} }
console.log(typeof S.prototype2);
try { class P { static ['proto' + 'type']() {} } console.log('defined'); } catch (e) { console.log(e.constructor.name); }
