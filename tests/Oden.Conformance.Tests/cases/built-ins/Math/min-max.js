console.log(Math.max(1, 3, 2), Math.min(1, 3, 2), Math.max(), Math.min());
console.log(Math.max(1, NaN, 3), Math.min('5', 2), Math.max('10', 9), Math.max([1], 0));
console.log(1 / Math.max(-0, 0), 1 / Math.min(0, -0), 1 / Math.max(-0, -0));
console.log(Math.max(null, -1), Math.min(undefined, 1), Math.max(true, 0));
var log = [];
Math.max({ valueOf: function () { log.push('a'); return NaN; } }, { valueOf: function () { log.push('b'); return 1; } });
console.log(log.join(','));
