var log = [];
function o() { log.push('obj'); return {}; }
function k() { log.push('key'); return 'p'; }
function v() { log.push('value'); return 1; }
o()[k()] = v();
console.log(log.join(','));
var a = 1;
var b = (a = 2) + a;
console.log(a, b);
var x = 1;
x = x++ + x;
console.log(x);
