// let, const and class declarations stay inside the eval.
function f() {
  var r = eval('let a = 1; const b = 2; a + b');
  return r + ',' + typeof a + ',' + typeof b;
}
console.log(f());
console.log(eval('let t = "top"; t'), typeof t);
function shadow() {
  let x = 'outer';
  var inner = eval('let x = "inner"; x');
  return inner + ',' + x;
}
console.log(shadow());
function closures() {
  var fns = eval('let n = 0; [function () { return ++n; }, function () { return n; }]');
  fns[0](); fns[0]();
  return fns[1]();
}
console.log(closures());
