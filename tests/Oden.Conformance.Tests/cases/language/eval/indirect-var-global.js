// Vars and functions of indirect eval code become deletable properties of the global object.
(0, eval)('var created = 1; function createdFn() { return "fn"; }');
console.log(globalThis.created, typeof createdFn, createdFn());
var d = Object.getOwnPropertyDescriptor(globalThis, 'created');
console.log(d.writable, d.enumerable, d.configurable);
console.log(delete globalThis.created, typeof globalThis.created);
console.log(delete globalThis.createdFn, typeof createdFn);
(0, eval)('let notGlobal = 1; const alsoNot = 2');
console.log(typeof notGlobal, 'notGlobal' in globalThis);
var e = eval;
e('var viaAlias = "alias"');
console.log(viaAlias);
delete globalThis.viaAlias;
