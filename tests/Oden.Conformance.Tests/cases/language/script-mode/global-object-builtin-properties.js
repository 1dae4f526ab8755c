// mode: script
var g = (function () { return this; })();
console.log(g.NaN, g.Infinity, g.undefined);
var d = Object.getOwnPropertyDescriptor(g, 'undefined');
console.log(d.writable, d.enumerable, d.configurable);
undefined = 'try to change';
NaN = 1;
console.log(typeof undefined, NaN);
console.log(g.parseInt === parseInt, typeof g.Array);
