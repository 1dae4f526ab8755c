// Shapes TypeScript emits for ES2015+ targets: parameter properties, static members after the class,
// decorators-free helpers, and Object.defineProperty for useDefineForClassFields.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  static origin() { return new Point(0, 0); }
}
Point.ZERO = Point.origin();
class Named extends Point {
  constructor(name, x, y) {
    super(x, y);
    Object.defineProperty(this, "name", { enumerable: true, configurable: true, writable: true, value: void 0 });
    this.name = name;
  }
  toString() { return `${this.name}(${this.x},${this.y})`; }
}
const n = new Named("p", 1, 2);
console.log(String(n), JSON.stringify(n), Point.ZERO.x, JSON.stringify(Object.keys(n)));
var Color;
(function (Color) {
  Color[Color["Red"] = 0] = "Red";
  Color[Color["Green"] = 1] = "Green";
})(Color || (Color = {}));
class Palette { constructor() { this.primary = Color.Red; } name() { return Color[this.primary]; } }
console.log(new Palette().name());
let Registry = (() => {
  class Registry {
    static register(k) { Registry.keys.push(k); return Registry; }
  }
  Registry.keys = [];
  return Registry;
})();
Registry.register("a").register("b");
console.log(Registry.keys.join());
var __extends = function (d, b) { Object.setPrototypeOf(d, b); function __() { this.constructor = d; } d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __()); };
var Legacy = (function (_super) { __extends(Legacy, _super); function Legacy() { return _super.call(this, 5, 6) || this; } return Legacy; })(function Base(a, b) { this.sum = a + b; });
console.log(new Legacy().sum);
