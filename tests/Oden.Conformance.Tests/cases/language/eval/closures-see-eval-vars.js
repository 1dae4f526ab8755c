// Closures created before or after the eval see the vars it declares.
var shadowed = 'module shadowed';
function f() {
  var before = function () { return shadowed; };
  console.log(before());
  eval('var shadowed = "eval shadowed"');
  var after = () => shadowed;
  return [before(), after()].join(' / ');
}
console.log(f());
function counter() {
  eval('var count = 0');
  return function () { return ++count; };
}
var c = counter();
c(); c();
console.log(c());
function nested() {
  eval('var deep = "deep"');
  return function () { return function () { return deep; }; };
}
console.log(nested()()());
function assignFromClosure() {
  var set = function (v) { late = v; };
  eval('var late = "initial"');
  set('from closure');
  return late;
}
console.log(assignFromClosure());
console.log(typeof late);
