// Object assignment patterns: each property's target, read, default and store happen in turn.
const log = [];
const src = {
  get a() { log.push('read a'); return undefined; },
  get b() { log.push('read b'); return 'B'; },
};
const sink = {
  set x(v) { log.push('store x=' + v); },
  set y(v) { log.push('store y=' + v); },
};
function t(name) { log.push('target ' + name); return sink; }
({ a: t('x').x = (log.push('default a'), 'A'), b: t('y').y } = src);
console.log(log.join(' | '));
log.length = 0;
let first, second;
({ b: first, a: second = first } = src);
console.log(first, second, log.join(' | '));
