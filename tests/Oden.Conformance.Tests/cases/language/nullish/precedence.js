// ?? binds looser than || and && only through parentheses (mixing needs them).
console.log((null || undefined) ?? 'a');
console.log(null ?? (false || 'b'));
console.log((0 && 1) ?? 'c');
console.log(1 + (null ?? 2) * 3);
console.log(null ?? 1 ? 'yes' : 'no');
console.log((undefined ?? null) === null);
const x = null ?? 'x', y = undefined ?? null ?? 0;
console.log(x, y);
let z = 5;
z = z ?? 6;
console.log(z);
console.log([null ?? 1, undefined ?? 2].join());
console.log(`${null ?? 'tmpl'}`);
try { console.log(undeclaredVariable ?? 'x'); } catch (e) { console.log(e.constructor.name); }
console.log(void 0 ?? 'void');
