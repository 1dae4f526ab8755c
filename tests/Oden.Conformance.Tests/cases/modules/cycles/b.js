console.log('b: start');
exports.done = false;
var a = require('./a');
console.log('b: a.done =', a.done);
exports.sawADone = a.done;
exports.done = true;
console.log('b: end');
