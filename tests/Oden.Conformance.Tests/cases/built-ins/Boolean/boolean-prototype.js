console.log(typeof Boolean.prototype, Boolean.prototype.valueOf());
console.log(Object.prototype.toString.call(Boolean.prototype));
console.log(Object.getPrototypeOf(true) === Boolean.prototype);
Boolean.prototype.describe = function () { return this.valueOf() ? 'yes' : 'no'; };
console.log(true.describe(), false.describe());
delete Boolean.prototype.describe;
