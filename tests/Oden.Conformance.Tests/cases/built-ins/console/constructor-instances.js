function Point(x, y) { this.x = x; this.y = y; }
console.log(new Point(1, 2));
function Empty() {}
console.log(new Empty());
console.log([new Point(0, 0)]);
var proto = { kind: 'proto' };
console.log(Object.create(proto));
