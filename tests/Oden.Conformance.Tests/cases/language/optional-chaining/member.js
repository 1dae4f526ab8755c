// ?. on members and elements: undefined for null/undefined receivers, normal access otherwise.
const o = { a: { b: { c: 'deep' } }, zero: 0, empty: '', f: false, n: null, arr: [10, 20] };
console.log(o?.a?.b?.c, o.a?.b.c, o.missing?.b, o.n?.x, o.zero?.toFixed(1), o.empty?.length, o.f?.toString());
let u;
console.log(u?.x, u?.x.y.z, u?.[0], null?.x);
console.log(o.arr?.[1], o.arr?.[5], o?.['a']?.['b'], o.missing?.[0]);
const key = 'a';
console.log(o?.[key]?.b.c);
console.log('str'?.length, (5)?.toString());
let count = 0;
const inc = () => ++count;
console.log(u?.[inc()], count);
console.log(o?.[inc()], count);
console.log(u?.a[inc()].b, count);
try { console.log(o.missing.x?.y); } catch (e) { console.log(e.constructor.name); }
try { console.log((u?.x).y); } catch (e) { console.log('parenthesized', e.constructor.name); }
console.log(typeof u?.x, typeof o?.a);
const sym = Symbol('s');
console.log(({ [sym]: 'sym' })?.[sym]);
