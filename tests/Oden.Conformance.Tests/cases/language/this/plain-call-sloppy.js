function f() { return this; }
var g = f();
console.log(typeof g, g === (function () { return this; })());
console.log(g === undefined);
var o = { m: f };
var detached = o.m;
console.log(detached() === g);
console.log((0, o.m)() === g);
console.log(o.m() === o);
