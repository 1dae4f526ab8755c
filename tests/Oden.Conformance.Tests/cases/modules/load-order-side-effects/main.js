var log = require('./log');
log.push('main before requires');
require('./first');
require('./second');
require('./first');
log.push('main after requires');
console.log(log.join(' -> '));
