'use strict';
var log = [];
function f(a) {
  var args = arguments;
  a = 2;
  log.push(args[0]);
  log.push(args.length);
}
f(1);
console.log(log.join(','));
