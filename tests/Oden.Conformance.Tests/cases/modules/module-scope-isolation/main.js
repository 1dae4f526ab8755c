var topLevel = 'main value';
var helper = require('./helper');
console.log(topLevel, helper.readOwnTopLevel());
console.log(typeof secretInHelper);
console.log(helper.thisIsExports, helper.moduleExportsIsExports);
var g = (function () { return this; })();
console.log(typeof g.secretInHelper, typeof g.topLevel);
