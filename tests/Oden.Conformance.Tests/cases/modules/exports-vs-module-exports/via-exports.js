exports.a = 1;
exports.b = function () { return 'b called'; };
