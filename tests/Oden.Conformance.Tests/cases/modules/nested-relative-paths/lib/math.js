var round = require('./util/round');
var config = require('../config');
exports.add = function (a, b) { return a + b; };
exports.roundTo = round.roundTo;
exports.configName = config.name;
exports.config = config;
