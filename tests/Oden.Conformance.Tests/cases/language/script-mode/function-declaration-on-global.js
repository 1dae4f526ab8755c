// mode: script
function scriptFn() { return 'called'; }
var g = (function () { return this; })();
console.log(typeof g.scriptFn, g.scriptFn());
console.log(g.scriptFn === scriptFn);
var d = Object.getOwnPropertyDescriptor(g, 'scriptFn');
console.log(d.enumerable, d.configurable, d.writable);
