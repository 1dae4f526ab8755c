// mode: script
'use strict';
var g = (function () { return this; })();
console.log(g);
console.log(typeof this, this === undefined);
function f() { return this; }
console.log(f());
var topVar = 1;
console.log(Object.getOwnPropertyDescriptor(this, 'topVar').value);
