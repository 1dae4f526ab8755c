// mode: script
// In a classic script, top-level var patterns create global properties; let/const patterns do not.
var [ga, gb] = [1, 2];
var { gc, gd: { ge } } = { gc: 3, gd: { ge: 4 } };
let [la] = [5];
const { lc } = { lc: 6 };
console.log(ga, gb, gc, ge, la, lc);
console.log('ga' in globalThis, 'gc' in globalThis, 'ge' in globalThis, 'la' in globalThis, 'lc' in globalThis);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'ga').configurable);
[globalThis.assigned] = ['via pattern'];
console.log(assigned);
