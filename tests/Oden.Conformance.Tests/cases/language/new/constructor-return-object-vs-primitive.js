function ReturnsObject() { this.a = 1; return { b: 2 }; }
function ReturnsPrimitive() { this.a = 1; return 42; }
function ReturnsNull() { this.a = 1; return null; }
function ReturnsFunction() { this.a = 1; return function marker() {}; }
console.log(JSON.stringify(new ReturnsObject()));
console.log(JSON.stringify(new ReturnsPrimitive()));
console.log(JSON.stringify(new ReturnsNull()));
console.log(typeof new ReturnsFunction());
var arr = new (function () { return [1, 2]; })();
console.log(Array.isArray(arr), arr.length);
