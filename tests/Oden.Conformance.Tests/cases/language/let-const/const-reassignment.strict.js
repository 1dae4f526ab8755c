'use strict';
const c = 1;
try {
  c = 2;
} catch (e) {
  console.log(e.name, e instanceof TypeError);
}
console.log(c);
