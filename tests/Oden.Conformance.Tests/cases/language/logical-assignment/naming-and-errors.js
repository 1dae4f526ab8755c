// Anonymous functions assigned by logical assignment get the target's name; const rules still apply.
let f;
f ||= function () {};
let g = null;
g ??= () => {};
let h = 1;
h &&= function () {};
console.log(f.name, g.name, h.name);
const o = {};
o.m ??= function () {};
console.log(JSON.stringify(o.m.name));
function attempt(label, fn) { try { console.log(label, fn()); } catch (e) { console.log(label, e.constructor.name); } }
attempt('const no assign', () => { const c = 1; c ||= 2; return c; });
attempt('const assign', () => { const c = 0; c ||= 2; return c; });
attempt('const nullish skip', () => { const c = 0; c ??= 2; return c; });
attempt('undeclared', () => { undeclaredThing ||= 1; });
attempt('tdz', () => { tdz ??= 1; let tdz; });
attempt('null base', () => { const n = null; n.p ||= 1; });
attempt('frozen sloppy', () => { const fr = Object.freeze({ p: 0 }); fr.p ||= 1; return fr.p; });
