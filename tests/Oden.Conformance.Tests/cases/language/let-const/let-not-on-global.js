// mode: script
let scriptLet = 'lexical';
var scriptVar = 'var';
const scriptConst = 'const';
var g = (function () { return this; })();
console.log(typeof g.scriptLet, typeof g.scriptConst, typeof g.scriptVar);
console.log(scriptLet, scriptConst, scriptVar);
