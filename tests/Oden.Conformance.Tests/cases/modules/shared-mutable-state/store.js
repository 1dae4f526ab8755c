var data = {};
exports.set = function (k, v) { data[k] = v; };
exports.all = function () { return data; };
