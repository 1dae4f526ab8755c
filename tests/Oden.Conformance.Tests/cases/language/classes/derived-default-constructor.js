class Base {
  constructor() { this.args = Array.prototype.slice.call(arguments); this.count = arguments.length; }
}
class Derived extends Base {}
const d = new Derived(1, 2, 3);
console.log(JSON.stringify(d.args), d.count, Derived.length);
console.log(JSON.stringify(new Derived().args), new Derived(undefined).count);
const d2 = new Derived('a', 'b');
console.log(JSON.stringify(d2.args), d2 instanceof Derived, d2.constructor === Derived);
class Deeper extends Derived {}
console.log(JSON.stringify(new Deeper(7, 8).args), new Deeper() instanceof Base);
class Empty {}
console.log(Empty.length, Object.keys(new Empty()).length);
