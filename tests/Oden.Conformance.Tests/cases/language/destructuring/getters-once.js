// Each property is read exactly once, even with defaults and nesting.
let count = {};
function hit(name) { count[name] = (count[name] || 0) + 1; return name === 'c' ? undefined : { inner: name }; }
const src = { get a() { return hit('a'); }, get b() { return hit('b'); }, get c() { return hit('c'); }, get d() { return hit('d'); } };
const { a, b: { inner }, c = 'dc', d: { inner: dInner } = {} } = src;
console.log(a.inner, inner, c, dInner, JSON.stringify(count));
count = {};
const { a: a2, ...rest } = src;
console.log(Object.keys(rest).join(), JSON.stringify(count));
let calls = 0;
const target = { get arr() { calls++; return [1, 2]; } };
const { arr: [x, y] } = target;
console.log(x, y, calls);
