function f() { leaked = 'oops'; }
f();
console.log(leaked);
console.log(typeof leaked);
var g = (function () { return this; })();
console.log(g.leaked);
console.log(delete g.leaked, typeof leaked);
