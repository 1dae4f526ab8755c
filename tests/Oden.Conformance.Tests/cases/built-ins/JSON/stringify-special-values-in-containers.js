console.log(JSON.stringify({ u: undefined, f: function () {}, s: Symbol('x'), n: null, nan: NaN }));
console.log(JSON.stringify([undefined, function () {}, Symbol('x'), NaN, -0, Infinity]));
console.log(JSON.stringify([, 1]), JSON.stringify(new Array(2)));
console.log(JSON.stringify({ nested: [{ a: [undefined] }] }));
var o = {};
o[Symbol('k')] = 1;
console.log(JSON.stringify(o));
