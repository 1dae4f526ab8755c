var log = [];
function key(k) { log.push('key ' + k); return k; }
function val(v) { log.push('val ' + v); return v; }
var o = { [key('a')]: val(1), [key('b')]: val(2), plain: val(3) };
console.log(log.join(', '));
console.log(JSON.stringify(o));
