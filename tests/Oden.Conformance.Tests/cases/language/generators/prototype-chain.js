// %GeneratorFunction%, %GeneratorFunction.prototype%, %GeneratorPrototype% and each function's prototype
function* g() { yield 1; }
const GeneratorFunctionPrototype = Object.getPrototypeOf(g);
const GeneratorPrototype = GeneratorFunctionPrototype.prototype;
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
console.log(Object.getPrototypeOf(GeneratorFunctionPrototype) === Function.prototype);
console.log(Object.getPrototypeOf(GeneratorPrototype) === IteratorPrototype);
console.log(GeneratorPrototype.constructor === GeneratorFunctionPrototype);
console.log(Object.getPrototypeOf(g.prototype) === GeneratorPrototype);
console.log(Object.getPrototypeOf(g()) === g.prototype);
console.log(g.prototype.hasOwnProperty('constructor'), Object.getOwnPropertyNames(g.prototype).length);
const GeneratorFunction = GeneratorFunctionPrototype.constructor;
console.log(GeneratorFunction.name, GeneratorFunction.length, Object.getPrototypeOf(GeneratorFunction) === Function);
console.log(GeneratorFunction.prototype === GeneratorFunctionPrototype);
console.log(GeneratorFunctionPrototype[Symbol.toStringTag], GeneratorPrototype[Symbol.toStringTag]);
console.log(Object.prototype.toString.call(g()), String(g()));
console.log(typeof GeneratorPrototype.next, GeneratorPrototype.next.length, GeneratorPrototype.return.length, GeneratorPrototype.throw.length);
console.log(Object.getOwnPropertyNames(GeneratorPrototype).sort().join(','));
const replaced = function* () {};
replaced.prototype = null;
console.log(Object.getPrototypeOf(replaced()) === GeneratorPrototype);
