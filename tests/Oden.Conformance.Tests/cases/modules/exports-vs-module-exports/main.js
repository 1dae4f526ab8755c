var viaExports = require('./via-exports');
var viaModuleExports = require('./via-module-exports');
var both = require('./both');
var reassigned = require('./reassign-exports');
console.log(viaExports.a, viaExports.b(), typeof viaExports);
console.log(typeof viaModuleExports, viaModuleExports(2));
console.log(JSON.stringify(both));
console.log(JSON.stringify(reassigned));
