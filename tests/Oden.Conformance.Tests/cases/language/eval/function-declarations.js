// Function declarations in sloppy eval code become functions of the caller.
function f() {
  eval('function helper(n) { return n * 2; }');
  return helper(21);
}
console.log(f());
function g() {
  var result = eval('function a() { return "a"; } a()');
  return [result, typeof a, a.name].join(',');
}
console.log(g());
function h() {
  eval('function twice() { return 1; } function twice() { return 2; }');
  return twice();
}
console.log(h());
function blockFn() {
  eval('{ function inBlock() { return "annex b"; } }');
  return typeof inBlock === 'function' ? inBlock() : typeof inBlock;
}
console.log(blockFn());
function hoisted() {
  return eval('early(); function early() { return "hoisted in eval"; }');
}
console.log(hoisted());
