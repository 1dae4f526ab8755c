var f = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); };
console.log(f(5));
console.log(typeof fact);
var g = function self() {
  self = 42;
  return typeof self;
};
console.log(g());
var h = function self2() { var self2 = 'shadow'; return self2; };
console.log(h());
