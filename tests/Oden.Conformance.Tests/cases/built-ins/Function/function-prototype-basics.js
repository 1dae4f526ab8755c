console.log(typeof Function.prototype, Function.prototype());
console.log(Object.getPrototypeOf(Function.prototype) === Object.prototype);
console.log(typeof Function.prototype.call, typeof Function.prototype.apply, typeof Function.prototype.bind);
function f() {}
console.log(f.hasOwnProperty('prototype'), f.prototype.hasOwnProperty('constructor'));
console.log(Object.keys(f.prototype).length, f.prototype.constructor === f);
var m = { m() {} }.m;
console.log(m.hasOwnProperty('prototype'));
