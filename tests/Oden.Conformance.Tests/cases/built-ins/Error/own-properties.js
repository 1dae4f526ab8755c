var e = new RangeError('r');
console.log(e.hasOwnProperty('message'), e.hasOwnProperty('name'), RangeError.prototype.hasOwnProperty('name'));
console.log(Object.keys(e).length, e.propertyIsEnumerable('message'));
console.log(RangeError.prototype.name, RangeError.prototype.message === '', Error.prototype.message === '');
console.log(Object.getPrototypeOf(RangeError.prototype) === Error.prototype);
console.log(JSON.stringify(e));
var noMsg = new Error();
console.log(noMsg.hasOwnProperty('message'));
