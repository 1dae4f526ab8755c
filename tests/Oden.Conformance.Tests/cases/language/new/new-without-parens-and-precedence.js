function F() { this.v = 'instance'; }
F.make = function () { return { v: 'from make' }; };
var a = new F;
console.log(a.v);
console.log(new F().v);
var ns = { Ctor: F };
console.log(new ns.Ctor().v);
function Outer() { return F; }
console.log(typeof new Outer());
