console.log('counter module body runs');
var count = 0;
exports.increment = function () { count++; };
exports.value = function () { return count; };
