console.log(Object.getPrototypeOf({}) === Object.prototype);
console.log(Object.getPrototypeOf([]) === Array.prototype);
console.log(Object.getPrototypeOf(Object.prototype));
console.log(Object.getPrototypeOf(function () {}) === Function.prototype);
console.log(Object.getPrototypeOf('s') === String.prototype);
console.log(Object.getPrototypeOf(Object.create(null)));
try { Object.getPrototypeOf(null); } catch (e) { console.log(e.name); }
