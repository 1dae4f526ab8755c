class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  norm2() { return this.x * this.x + this.y * this.y; }
  toString() { return `(${this.x}, ${this.y})`; }
}
const p = new Point(3, 4);
console.log(p.norm2(), String(p), p.x, p.y);
console.log(typeof Point, Point.name, Point.length);
console.log(Object.getPrototypeOf(p) === Point.prototype);
console.log(Point.prototype.constructor === Point);
console.log(p instanceof Point, p instanceof Object);
console.log(JSON.stringify(Object.keys(p)));
console.log(JSON.stringify(Object.getOwnPropertyNames(Point.prototype)));
console.log(JSON.stringify(Object.getOwnPropertyNames(Point)));
console.log(Object.getPrototypeOf(Point) === Function.prototype);
console.log(Object.getPrototypeOf(Point.prototype) === Object.prototype);
const q = new Point(1, 1);
console.log(q.norm2 === p.norm2, q.toString());
