function A() {}
var proto = { tag: 'custom' };
A.prototype = proto;
var a = new A();
console.log(a instanceof A);
var b = Object.create(proto);
console.log(b instanceof A);
A.prototype = {};
console.log(a instanceof A, b instanceof A);
var c = Object.create(null);
console.log(c instanceof Object);
