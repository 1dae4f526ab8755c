var log = [];
function f(x) { log.push(x); return x; }
var a = f(true) ? f('yes') : f('no');
var b = f(0) ? f('yes') : f('no');
console.log(a, b, log.join(','));
var c = true ? false ? 1 : 2 : 3;
console.log(c);
var d = 0 ? 1 : '' ? 2 : null ? 3 : 4;
console.log(d);
