class A { constructor() { this.x = 1; } }
class B extends A { constructor() { super(); this.y = [1, 2]; } }
console.log(A);
console.log(B);
console.log(new A());
console.log(new B());
console.log([new A(), { b: new B() }]);
console.log(class {});
console.log(class extends A {});
class N extends null {}
console.log(N);
class WithStatic { static helper() {} }
console.log(WithStatic);
WithStatic.flag = true;
console.log(WithStatic);
const inst = new (class Point { constructor() { this.px = 0; } })();
console.log(inst, String(inst), Object.prototype.toString.call(inst));
