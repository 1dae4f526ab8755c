var proto = { inherited: 1 };
var o = Object.create(proto);
o.own = 2;
var forIn = [];
for (var k in o) forIn.push(k);
console.log(forIn.join(','));
console.log(Object.keys(o).join(','));
console.log(o.hasOwnProperty('inherited'), 'inherited' in o);
console.log(JSON.stringify(o));
