// Defaults see earlier parameters; later ones are in their TDZ.
function a(x, y = x * 2, z = x + y) { return [x, y, z]; }
console.log(a(1), a(1, 1));
function attempt(f, ...args) { try { return f(...args); } catch (e) { return e.constructor.name; } }
console.log(attempt(function (p = q, q) { return p; }));
console.log(attempt(function (p = q, q) { return p; }, 'given'));
console.log(attempt(function (p = p) { return p; }));
console.log(attempt(function (p = p) { return p; }, 1));
console.log(attempt(function ({ r = s }, s) { return r; }, {}));
console.log(attempt(function (t = () => u, u = 'u') { return t(); }));
console.log(attempt(function (v = () => w, w) { return v(); }));
function usesArguments(first, second = arguments.length) { return second; }
console.log(usesArguments(1), usesArguments(1, undefined, 3));
function usesThis(x = this) { return x === globalThis ? 'global' : typeof x; }
console.log(usesThis(), usesThis.call(5));
const strictThis = function (x = this) { 'use strict'.length; return x; };
console.log(strictThis.call(undefined) === globalThis ? 'global' : String(strictThis.call(undefined)));
