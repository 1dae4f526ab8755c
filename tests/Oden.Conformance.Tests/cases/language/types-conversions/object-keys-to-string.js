var o = {};
var k1 = {}, k2 = { toString: function () { return 'k2'; } };
o[k1] = 'one';
o[k2] = 'two';
o[[1, 2]] = 'array';
console.log(JSON.stringify(o));
console.log(o['[object Object]'], o.k2, o['1,2']);
