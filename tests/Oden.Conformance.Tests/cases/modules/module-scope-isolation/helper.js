var topLevel = 'helper value';
var secretInHelper = 'hidden';
exports.readOwnTopLevel = function () { return topLevel; };
exports.thisIsExports = this === exports;
exports.moduleExportsIsExports = module.exports === exports;
