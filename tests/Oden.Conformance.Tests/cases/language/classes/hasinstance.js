class Even {
  static [Symbol.hasInstance](n) { return n % 2 === 0; }
}
console.log(2 instanceof Even, 3 instanceof Even);
class A {}
class B extends A {}
const b = new B();
console.log(b instanceof B, b instanceof A, b instanceof Object, A[Symbol.hasInstance](b));
const fake = Object.create(B.prototype);
console.log(fake instanceof A, fake instanceof B);
Object.setPrototypeOf(b, null);
console.log(b instanceof A);
class Duck { static [Symbol.hasInstance](o) { return typeof o.quack === 'function'; } }
console.log({ quack() {} } instanceof Duck, {} instanceof Duck);
try { ({}) instanceof (() => {}); } catch (e) { console.log(e.constructor.name); }
const BoundB = B.bind(null);
console.log(new B() instanceof BoundB);
class Inherits extends Even {}
console.log(4 instanceof Inherits, 5 instanceof Inherits);
