function target(a, b, c) { return this.v + a + b + c; }
var b1 = target.bind({ v: 1 });
var b2 = target.bind({ v: 2 }, 10, 20);
console.log(b1.length, b2.length, b1(1, 2, 3), b2(30));
console.log(b1.name, b2.name);
console.log(typeof b1, b1 instanceof Function, b1.prototype);
var b3 = target.bind(null, 1, 2, 3, 4, 5);
console.log(b3.length);
