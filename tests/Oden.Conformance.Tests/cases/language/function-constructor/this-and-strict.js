// this inside: the global object for sloppy bodies, undefined for strict bodies.
var sloppy = new Function('return this === globalThis');
var strict = new Function('"use strict"; return this');
console.log(sloppy(), strict(), strict.call(7));
var obj = { m: new Function('return this.tag'), tag: 'obj' };
console.log(obj.m());
var strictFromStrictCaller = (function () { 'use strict'; return new Function('return this === globalThis'); })();
console.log(strictFromStrictCaller());
var throwsStrict = new Function('"use strict"; undeclared = 1');
try { throwsStrict(); } catch (e) { console.log(e.name); }
var sloppyAssign = new Function('sloppyGlobal = 2; return typeof sloppyGlobal');
console.log(sloppyAssign());
delete globalThis.sloppyGlobal;
