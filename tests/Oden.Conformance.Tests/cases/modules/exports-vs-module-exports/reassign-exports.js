exports = { ignored: true };
module.exports.visible = exports.ignored;
