var o = { a: 1 };
console.log(o.toString(), o.valueOf() === o);
console.log(Object.prototype.toString.call([1]), [1].toString());
console.log(typeof new Number(5).valueOf(), new String('s').valueOf());
console.log(Object.prototype.valueOf.call('x') instanceof String);
var custom = { toString: function () { return 'custom!'; } };
console.log(String(custom), custom + '', Object.prototype.toString.call(custom));
