// eval inside eval: the inner eval's vars still go to the function.
function f() {
  eval('eval("var deep = 1")');
  return typeof deep;
}
console.log(f());
function g(x) {
  return eval('eval("x * 2") + 1');
}
console.log(g(20));
function h() {
  var level = 0;
  eval('level++; eval("level++; eval(\'level++\')")');
  return level;
}
console.log(h());
console.log(eval('(0, eval)("1 + 2")'));
function strictInside() {
  eval('"use strict"; eval("var inner = 1")');
  return typeof inner;
}
console.log(strictInside());
