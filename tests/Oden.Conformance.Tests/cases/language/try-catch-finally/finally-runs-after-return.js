var log = [];
function f() {
  try {
    log.push('try');
    return log.push('return expr evaluated');
  } finally {
    log.push('finally');
  }
}
var r = f();
console.log(r, log.join(','));
function g() {
  var x = 1;
  try { return x; } finally { x = 2; }
}
console.log(g());
