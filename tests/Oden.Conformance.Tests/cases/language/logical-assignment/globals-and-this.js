// Logical assignment on global variables, this properties and closures.
var g = 0;
g ||= 'global set';
console.log(g, globalThis.g === undefined);
function Counter() { this.n ??= 0; this.n ||= 1; }
const c = new Counter();
console.log(c.n);
let captured = null;
const setOnce = (v) => (captured ??= v);
console.log(setOnce('first'), setOnce('second'), captured);
const obj = { flag: true, toggle() { this.flag &&= false; return this.flag; } };
console.log(obj.toggle(), obj.toggle());
