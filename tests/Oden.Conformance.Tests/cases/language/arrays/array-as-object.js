var a = [1, 2];
a.name = 'list';
console.log(a.length, a.name);
console.log(Object.keys(a).join(','));
console.log(JSON.stringify(a));
console.log(typeof a, Array.isArray(a), a instanceof Array, a instanceof Object);
var keys = [];
for (var k in a) keys.push(k);
console.log(keys.join(','));
