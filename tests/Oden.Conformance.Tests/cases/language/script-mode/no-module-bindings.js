// mode: script
console.log(typeof module, typeof exports);
console.log(typeof __filename, typeof __dirname);
console.log(typeof console.log);
var g = (function () { return this; })();
console.log(typeof g.Object, g.Math === Math, g.JSON === JSON);
