// mode: script
var scriptVar = 'hello';
var g = (function () { return this; })();
console.log(g.scriptVar);
console.log('scriptVar' in g, g.hasOwnProperty('scriptVar'));
g.scriptVar = 'changed through global';
console.log(scriptVar);
var d = Object.getOwnPropertyDescriptor(g, 'scriptVar');
console.log(d.writable, d.enumerable, d.configurable);
