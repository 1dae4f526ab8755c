'use strict';
function f() { undeclaredVariable = 'oops'; }
try {
  f();
  console.log('no error');
} catch (e) {
  console.log(e.name, e instanceof ReferenceError);
}
console.log(typeof undeclaredVariable);
