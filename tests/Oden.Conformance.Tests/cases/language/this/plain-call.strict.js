'use strict';
function f() { return this; }
console.log(f());
var o = { m: f };
var detached = o.m;
console.log(detached());
console.log((0, o.m)());
console.log(o.m() === o);
