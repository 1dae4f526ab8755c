var store = require('./store');
exports.readAll = function () { return Object.keys(store.all()).join(','); };
