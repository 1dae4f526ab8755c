// At a CommonJS module's top level, sloppy eval vars are module-local, not global.
eval('var moduleLevel = "module"');
console.log(moduleLevel, typeof globalThis.moduleLevel);
console.log(eval('typeof require'), eval('typeof module'), eval('__filename === __filename'));
var exportsSeen = eval('exports === module.exports');
console.log(exportsSeen);
function inner() { return moduleLevel; }
console.log(inner());
