// a ?? b: b only for null and undefined.
console.log(null ?? 'n', undefined ?? 'u', 0 ?? 'zero', '' ?? 'empty', false ?? 'false', NaN ?? 'nan');
const o = { a: null, b: 0, c: { d: undefined } };
console.log(o.a ?? 'default a', o.b ?? 'default b', o.c.d ?? 'default d', o.missing ?? 'default missing');
console.log(null ?? undefined ?? 'chain', null ?? 0 ?? 'never');
let calls = 0;
const rhs = () => { calls++; return 'rhs'; };
console.log(1 ?? rhs(), calls, null ?? rhs(), calls);
let lhsCalls = 0;
const lhs = () => { lhsCalls++; return null; };
console.log(lhs() ?? 'fallback', lhsCalls);
const doc = {};
console.log(doc.title ?? (doc.title = 'set'), doc.title);
function f(x) { return x ?? 'none'; }
console.log(f(), f(null), f(false), f([]));
console.log(typeof (null ?? function () {}));
