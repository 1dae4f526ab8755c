exports.lost = 'set on the original exports object';
module.exports = { kept: 'module.exports wins' };
