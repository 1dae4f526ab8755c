// eval shares the caller's this.
function Ctor() { this.v = 'constructed'; this.read = eval('this.v'); }
console.log(new Ctor().read);
var o = { m: function () { return eval('this') === o; } };
console.log(o.m());
function sloppy() { return eval('this') === globalThis; }
console.log(sloppy());
function strict() { 'use strict'; return eval('this'); }
console.log(strict(), strict.call(5));
console.log(eval('this') === module.exports);
