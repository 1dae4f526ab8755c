// %AsyncFunction% and %AsyncFunction.prototype%
async function f() {}
const AsyncFunctionPrototype = Object.getPrototypeOf(f);
console.log(AsyncFunctionPrototype !== Function.prototype);
console.log(Object.getPrototypeOf(AsyncFunctionPrototype) === Function.prototype);
console.log(AsyncFunctionPrototype[Symbol.toStringTag]);
console.log(Object.prototype.toString.call(f));
const AsyncFunction = AsyncFunctionPrototype.constructor;
console.log(AsyncFunction.name, AsyncFunction.length, Object.getPrototypeOf(AsyncFunction) === Function);
console.log(AsyncFunction.prototype === AsyncFunctionPrototype);
console.log(Object.getPrototypeOf(async () => {}) === AsyncFunctionPrototype);
console.log(Object.getPrototypeOf({ async m() {} }.m) === AsyncFunctionPrototype);
const d = Object.getOwnPropertyDescriptor(AsyncFunctionPrototype, 'constructor');
console.log(d.writable, d.enumerable, d.configurable);
console.log(f.name, f.length, (async function (a, b) {}).length);
