'use strict';
function outer() {
  function inner() { return this; }
  var arrow = () => this;
  return [inner(), arrow()];
}
var r = outer();
console.log(r[0], r[1]);
var obj = { outer: outer };
var r2 = obj.outer();
console.log(r2[0], r2[1] === obj);
