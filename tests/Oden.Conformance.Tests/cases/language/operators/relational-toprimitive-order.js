var log = [];
var a = { valueOf: function () { log.push('a.valueOf'); return 1; } };
var b = { valueOf: function () { log.push('b.valueOf'); return 2; } };
console.log(a < b);
console.log(a > b);
console.log(a <= b);
console.log(a >= b);
console.log(log.join(','));
