var topVar = 'x';
function topFn() {}
var g = (function () { return this; })();
console.log(typeof g.topVar, typeof g.topFn);
console.log(this === module.exports);
console.log(typeof require, typeof module, typeof exports);
console.log(JSON.stringify(this));
