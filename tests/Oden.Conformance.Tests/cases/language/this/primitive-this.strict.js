'use strict';
function typeOfThis() { return typeof this; }
console.log(typeOfThis.call(5), typeOfThis.call('s'), typeOfThis.call(true));
function raw() { return this; }
console.log(raw.call(null), raw.call(undefined), raw.call(7));
Number.prototype.self = function () { return typeof this; };
console.log((5).self());
delete Number.prototype.self;
