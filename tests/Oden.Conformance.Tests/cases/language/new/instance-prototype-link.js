function P(x) { this.x = x; }
var p = new P(3);
console.log(Object.getPrototypeOf(p) === P.prototype);
console.log(p.constructor === P, p.hasOwnProperty('constructor'));
P.prototype = 5;
var q = new P(4);
console.log(Object.getPrototypeOf(q) === Object.prototype);
