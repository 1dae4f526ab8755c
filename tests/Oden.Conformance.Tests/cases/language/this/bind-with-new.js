function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.sum = function () { return this.x + this.y; };
var BoundPoint = Point.bind({ ignored: true }, 10);
var p = new BoundPoint(5);
console.log(p.x, p.y, p.sum());
console.log(p instanceof Point, p instanceof BoundPoint);
console.log(p.ignored);
console.log(typeof BoundPoint.prototype);
