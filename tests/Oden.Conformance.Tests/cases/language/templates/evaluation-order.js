var log = [];
function f(x) { log.push(x); return x; }
var s = `${f('a')}-${f('b')}-${f('c')}`;
console.log(s, log.join(''));
var i = 0;
console.log(`${i++} ${i++} ${i}`);
