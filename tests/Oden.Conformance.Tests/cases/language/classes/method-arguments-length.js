class A {
  m(a, b) { return arguments.length + ':' + a + ':' + b; }
  static s(a) { return Array.prototype.slice.call(arguments).join('|'); }
  constructor(x, y, z) { this.count = arguments.length; }
  many(a, b, c, d, e) { return [a, b, c, d, e].join(); }
}
console.log(A.length, A.prototype.m.length, A.s.length, A.prototype.many.length);
console.log(new A().m(1), new A().m(1, 2, 3));
console.log(A.s(1, 2, 3));
console.log(new A(1, 2).count, new A(1, 2, 3, 4).count);
console.log(new A().many(1, 2, 3, 4, 5, 6));
class D extends A { constructor() { super(1, 2, 3, 4, 5, 6, 7); } }
console.log(new D().count, D.length);
class Long { constructor(a, b, c, d, e) { this.all = [a, b, c, d, e].join(); } }
class LongD extends Long {}
console.log(new LongD(1, 2, 3, 4, 5).all, new LongD(1).all);
