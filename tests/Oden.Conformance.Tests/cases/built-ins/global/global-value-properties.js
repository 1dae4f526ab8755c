console.log(NaN, Infinity, undefined);
console.log(typeof NaN, typeof Infinity, typeof undefined);
var g = (function () { return this; })();
console.log(g.NaN !== g.NaN, g.Infinity === Infinity, g.undefined === undefined);
function shadow() { var undefined = 'shadowed'; return undefined; }
console.log(shadow());
