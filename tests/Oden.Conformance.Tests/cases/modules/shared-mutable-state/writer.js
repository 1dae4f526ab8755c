var store = require('./store');
exports.write = function (v) { store.set('k1', v); };
