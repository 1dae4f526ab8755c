'use strict';
var g = function () { return this; };
console.log(g.call(undefined), g.call(null), typeof g.call(1));
var o = { m: g };
console.log(o.m() === o);
var unbound = o.m;
console.log(unbound());
