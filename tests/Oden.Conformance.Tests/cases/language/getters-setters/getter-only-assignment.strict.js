'use strict';
var o = { get x() { return 1; } };
try {
  o.x = 2;
  console.log('no error');
} catch (e) {
  console.log(e.name, e instanceof TypeError);
}
console.log(o.x);
