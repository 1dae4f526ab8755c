// Functions made by the Function constructor are constructors with a prototype.
var Point = new Function('x', 'y', 'this.x = x; this.y = y;');
Point.prototype.sum = function () { return this.x + this.y; };
var p = new Point(3, 4);
console.log(p.sum(), p instanceof Point, p.constructor === Point);
console.log(typeof Point.prototype, Object.keys(Point.prototype).join(','));
var Returns = new Function('return { made: true }');
console.log(new Returns().made);
var bound = new Function('a', 'b', 'return this.k + a + b').bind({ k: 1 }, 2);
console.log(bound(3), bound.name);
console.log(new Function('return typeof arguments')());
