'use strict';
function f() {
  try {
    return arguments.callee;
  } catch (e) {
    return e.name;
  }
}
console.log(f());
