console.log('main: requiring a');
var a = require('./a');
console.log('main: requiring b');
var b = require('./b');
console.log('main: a.done =', a.done, 'b.done =', b.done);
console.log('main: b saw a.done =', b.sawADone);
console.log('main: a saw b.done =', a.sawBDone);
