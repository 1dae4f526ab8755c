var log = [];
function c(v) { log.push('case ' + v); return v; }
function d() { log.push('disc'); return 3; }
switch (d()) {
  case c(1): log.push('body 1');
  case c(2): log.push('body 2');
  case c(3): log.push('body 3');
  case c(4): log.push('body 4'); break;
  case c(5): log.push('body 5');
}
console.log(log.join(', '));
