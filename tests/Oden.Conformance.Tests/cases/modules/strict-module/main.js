var strictHelper = require('./strict-helper');
var sloppyHelper = require('./sloppy-helper');
console.log(strictHelper.thisInPlainCall(), sloppyHelper.thisInPlainCallIsGlobal());
console.log(strictHelper.assignUndeclared());
console.log(typeof strictHelper, typeof sloppyHelper);
