function check(x) { return typeof x; }
console.log(check(), check(null), check(0), check([]));
function hoisted() {}
console.log(typeof hoisted, typeof notYet);
var notYet = function () {};
console.log(typeof notYet, typeof arguments);
