var r1 = (function (x) { return x * 2; })(21);
var r2 = (function (x) { return x + 1; }(1));
var r3 = !function () { return false; }();
var r4 = void function () { console.log('void iife ran'); }();
console.log(r1, r2, r3, r4);
var mod = (function () {
  var priv = 0;
  return { inc: function () { return ++priv; } };
})();
mod.inc();
console.log(mod.inc(), typeof priv);
