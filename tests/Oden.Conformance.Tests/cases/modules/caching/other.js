console.log('other module body runs');
exports.counter = require('./counter');
