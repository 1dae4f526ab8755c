// A short circuit covers the rest of its chain only, not the enclosing expression.
const n = null;
console.log(n?.a.b.c, n?.a ?? 'rhs runs', [n?.a, 'next element']);
try { (n?.a).b; } catch (e) { console.log('parens end the chain', e.constructor.name); }
let sideEffect = 0;
const r = n?.[sideEffect++] + sideEffect;
console.log(r, sideEffect);
const obj = { a: null };
console.log(obj.a?.b.c.d, obj?.a?.b);
console.log(n?.x === undefined, n?.x == null);
