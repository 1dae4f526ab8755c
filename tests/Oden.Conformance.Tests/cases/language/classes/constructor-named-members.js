class A { 'constructor'(x) { this.x = x; } }
console.log(new A(1).x, A.length, A.prototype.constructor === A);
class B { ['constructor']() { return 'method'; } }
console.log(B.prototype.constructor === B, typeof new B().constructor, Object.getOwnPropertyNames(B.prototype).join());
class C { static constructor() { return 'static method'; } }
console.log(C.constructor(), C.prototype.constructor === C);
class D { prototype() { return 'instance prototype method'; } static ['proto' + 'typeX']() {} }
console.log(new D().prototype(), typeof D.prototype);
class E { get ['constructor']() { return 'getter'; } }
console.log(new E().constructor);
class F { constructor() { this.a = 1; } }
console.log(Object.getOwnPropertyDescriptor(F.prototype, 'constructor').enumerable, Object.getOwnPropertyDescriptor(F.prototype, 'constructor').writable);
