console.log(typeof parseInt, typeof parseFloat, typeof isNaN, typeof isFinite);
console.log(typeof encodeURIComponent, typeof decodeURIComponent, typeof encodeURI, typeof decodeURI);
var g = (function () { return this; })();
console.log(g.parseInt === parseInt, g.Object === Object, g.Array === Array, g.JSON === JSON);
console.log(typeof Object, typeof Function, typeof Symbol, typeof Boolean, typeof RegExp);
