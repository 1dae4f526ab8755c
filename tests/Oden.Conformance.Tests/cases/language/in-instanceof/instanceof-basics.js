function A() {}
function B() {}
var a = new A();
console.log(a instanceof A, a instanceof B, a instanceof Object);
console.log([] instanceof Array, [] instanceof Object, {} instanceof Array);
console.log(function () {} instanceof Function, Function instanceof Object, Object instanceof Function);
console.log(1 instanceof Number, 'x' instanceof String, null instanceof Object);
console.log(new Number(1) instanceof Number);
