// Functions made by eval close over the caller's scope.
function make(seed) {
  var total = seed;
  return eval('(function (n) { total += n; return total; })');
}
var add = make(10);
add(1);
console.log(add(2));
function makeArrow() {
  var self = 'closure';
  return eval('() => self + "!"');
}
console.log(makeArrow()());
function named() {
  var fn = eval('(function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); })');
  return fn(5);
}
console.log(named());
function methods() {
  var base = 3;
  return eval('({ times(n) { return base * n; }, get twice() { return base * 2; } })');
}
var m = methods();
console.log(m.times(4), m.twice);
