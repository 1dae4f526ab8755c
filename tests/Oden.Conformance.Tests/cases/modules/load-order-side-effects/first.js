var log = require('./log');
log.push('first loaded');
require('./second');
log.push('first finished');
