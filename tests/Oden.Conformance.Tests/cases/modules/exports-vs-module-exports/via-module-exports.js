module.exports = function double(x) { return x * 2; };
