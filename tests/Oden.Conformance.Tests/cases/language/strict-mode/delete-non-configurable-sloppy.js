var o = {};
Object.defineProperty(o, 'fixed', { value: 1, configurable: false });
console.log(delete o.fixed, o.fixed);
console.log(delete Object.prototype);
var arr = [1, 2];
console.log(delete arr.length, arr.length);
console.log(delete o.missing);
