// mode: script
// At a classic script's top level, sloppy direct eval declares global properties.
eval('var viaEval = 1; function fnViaEval() { return "f"; }');
console.log(viaEval, globalThis.viaEval, fnViaEval(), Object.getOwnPropertyDescriptor(globalThis, 'viaEval').configurable);
console.log(delete globalThis.viaEval, typeof viaEval);
let topLet = 'top let';
console.log(eval('topLet'));
try { eval('var topLet = 1'); } catch (e) { console.log(e.name); }
var topVar = 'top var';
eval('topVar = "changed"');
console.log(topVar);
console.log(eval('this === globalThis'));
