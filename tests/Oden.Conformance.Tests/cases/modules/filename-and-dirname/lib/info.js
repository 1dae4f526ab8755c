exports.file = __filename.split('/').pop();
exports.dir = __dirname.split('/').pop();
