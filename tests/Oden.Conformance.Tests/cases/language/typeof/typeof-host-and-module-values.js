console.log(typeof console, typeof console.log);
console.log(typeof parseInt, typeof isNaN, typeof NaN, typeof Infinity, typeof undefined);
console.log(typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname);
console.log(typeof JSON.parse, typeof Math.PI, typeof Symbol);
console.log(typeof module.exports, typeof module.exports.missing);
