var log = [];
function f(x) { log.push(x); return x; }
var r = (f(1), f(2), f(3));
console.log(r);
console.log(log.join(','));
var i, j;
for (i = 0, j = 10; i < j; i += 3, j -= 3) {
  console.log(i, j);
}
