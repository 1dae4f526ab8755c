console.log(String([1, [2, 3]]));
console.log(String([null, undefined, 1]));
console.log(String({}));
console.log([] + 1, [1] + 1, [1] * 2, [1, 2] * 2);
console.log(Object.create(null) instanceof Object);
try { Object.create(null) + ''; } catch (e) { console.log(e.name); }
var noProto = Object.create(null);
noProto.toString = function () { return 'custom'; };
console.log(noProto + '!');
