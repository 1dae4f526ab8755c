console.log(typeof x);
var x = 'var';
function x() {}
console.log(typeof x);
function f() {
  return typeof g;
  var g = 1;
  function g() {}
}
console.log(f());
