// Function-constructor functions and the surrounding program share globals, not locals.
globalThis.sharedCounter = 0;
var inc = new Function('return ++sharedCounter');
inc(); inc();
console.log(sharedCounter);
(function () {
  var sharedCounter = 100;
  console.log(inc(), sharedCounter);
})();
var defineGlobalFn = new Function('globalThis.fromFunction = function () { return "defined"; }');
defineGlobalFn();
console.log(fromFunction());
var varsStayLocal = new Function('var notLeaked = 1; function alsoNot() {} return typeof notLeaked');
console.log(varsStayLocal(), typeof notLeaked, typeof alsoNot);
delete globalThis.sharedCounter;
delete globalThis.fromFunction;
