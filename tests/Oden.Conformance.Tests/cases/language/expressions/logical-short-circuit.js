var log = [];
function f(v) { log.push(String(v)); return v; }
console.log(f(0) && f(1));
console.log(f(2) && f(3));
console.log(f(null) || f('x'));
console.log(f('a') || f('b'));
console.log(log.join(','));
console.log('' || 0 || null);
console.log(1 && 'two' && NaN && 'never');
