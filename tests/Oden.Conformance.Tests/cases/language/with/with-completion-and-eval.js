// eval inside with sees the object; with's completion value.
var o = { a: 'obj a' };
var a = 'outer a';
with (o) {
  console.log(eval('a'));
  eval('a = "set by eval"');
}
console.log(o.a, a);
console.log(eval('with ({ b: 5 }) b * 2'));
console.log(eval('1; with ({}) {}'));
function f() {
  var scope = { v: 1 };
  with (scope) {
    eval('var w = v + 1');
  }
  return w + ':' + ('w' in scope);
}
console.log(f());
