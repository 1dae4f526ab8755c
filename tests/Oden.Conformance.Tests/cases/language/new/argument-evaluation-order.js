var log = [];
function C(a, b) { log.push('ctor ' + a + b); }
function getC() { log.push('callee'); return C; }
function arg(v) { log.push('arg ' + v); return v; }
new (getC())(arg(1), arg(2));
console.log(log.join(', '));
