// The left side is evaluated once; the right only when needed; results are not coerced.
const log = [];
const t = (name, v) => { log.push(name); return v; };
console.log(t('l1', null) ?? t('r1', 'R'), log.join());
log.length = 0;
console.log(t('l2', 'L') ?? t('r2', 'R'), log.join());
log.length = 0;
console.log(t('a', null) ?? t('b', undefined) ?? t('c', 0) ?? t('d', 'never'), log.join());
const obj = { get once() { log.push('getter'); return null; } };
log.length = 0;
console.log(obj.once ?? 'fallback', log.length);
const o = {};
console.log((null ?? o) === o, typeof (undefined ?? Symbol('s')));
let x = null;
const y = x ?? (x = 'assigned in rhs');
console.log(x, y);
