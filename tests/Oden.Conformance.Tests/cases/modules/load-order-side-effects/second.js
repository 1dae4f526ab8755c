var log = require('./log');
log.push('second loaded');
