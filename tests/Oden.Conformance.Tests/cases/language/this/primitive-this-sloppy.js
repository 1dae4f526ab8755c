function typeOfThis() { return typeof this; }
console.log(typeOfThis.call(5), typeOfThis.call('s'), typeOfThis.call(true));
function isGlobal() { return this === (function () { return this; })(); }
console.log(isGlobal.call(null), isGlobal.call(undefined));
Number.prototype.self = function () { return typeof this; };
console.log((5).self());
delete Number.prototype.self;
