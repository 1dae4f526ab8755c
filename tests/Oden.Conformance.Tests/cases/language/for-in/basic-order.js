var o = { b: 1, a: 2, 2: 'two', 1: 'one', c: 3 };
var keys = [];
for (var k in o) keys.push(k);
console.log(keys.join(','));
var arr = ['x', 'y'];
arr.extra = true;
var ak = [];
for (var i in arr) ak.push(i + ':' + typeof i);
console.log(ak.join(','));
