function outer() {
  var f = function () { return later; };
  var later = 'assigned after closure creation';
  return f;
}
console.log(outer()());
var x = 1;
function readX() { return x; }
x = 2;
console.log(readX());
