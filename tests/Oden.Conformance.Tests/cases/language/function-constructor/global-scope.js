// A Function-constructor function closes over the global scope only.
var moduleLocal = 'module';
globalThis.globalName = 'global';
function outer() {
  var local = 'local';
  var f = new Function('return typeof local + "," + typeof moduleLocal + "," + globalName');
  return f();
}
console.log(outer());
var setter = new Function('v', 'madeGlobal = v');
setter('yes');
console.log(globalThis.madeGlobal);
delete globalThis.madeGlobal;
delete globalThis.globalName;
var counterFactory = new Function('var n = 0; return function () { return ++n; }');
var c = counterFactory();
c(); c();
console.log(c());
console.log(typeof n);
