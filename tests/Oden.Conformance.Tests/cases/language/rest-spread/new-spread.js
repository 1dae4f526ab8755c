// Spread in new expressions.
function P(a, b, c) { this.sum = a + b + (c || 0); this.n = arguments.length; }
const p = new P(...[1, 2]);
console.log(p.sum, p.n);
console.log(new P(1, ...[2, 3]).sum);
const d = new Date(...[2020, 0, 15]);
console.log(d.getFullYear(), d.getMonth(), d.getDate());
console.log(new Array(...[3]).length, new Array(...[1, 2]).length);
console.log(new Set([...'hello']).size);
const m = new Map(...[[[1, 'a']]]);
console.log(m.get(1));
try { new (() => {})(...[]); } catch (e) { console.log(e.constructor.name); }
