// %GeneratorFunction%: CreateDynamicFunction with the generator prefix.
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
console.log(GeneratorFunction.name, GeneratorFunction.length, typeof GeneratorFunction);
console.log(Object.getPrototypeOf(GeneratorFunction) === Function);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(GeneratorFunction, 'prototype')));
console.log(GeneratorFunction.prototype === Object.getPrototypeOf(function* () {}));
console.log('GeneratorFunction' in globalThis);

const g = new GeneratorFunction('a', 'b', 'yield a; yield b; return a + b;');
console.log(typeof g, g.name, g.length);
console.log(Object.getPrototypeOf(g) === GeneratorFunction.prototype);
console.log([...g(1, 2)].join(','));
const it = g(3, 4);
console.log(JSON.stringify([it.next(), it.next(), it.next(), it.next()]));
console.log(it instanceof g, Object.getPrototypeOf(it) === g.prototype);
console.log(Object.getPrototypeOf(g.prototype) === GeneratorFunction.prototype.prototype);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(g, 'prototype')), Object.getOwnPropertyNames(g.prototype).length);
console.log(g.hasOwnProperty('caller'), g.hasOwnProperty('arguments'));
console.log(g.toString());

// Called without new, comma-joined parameters, defaults and rest.
const h = GeneratorFunction('x, y = 10', '...rest', 'yield x + y; yield rest.length;');
console.log([...h(1)].join(','), [...h(1, 2, 3, 4)].join(','), h.length);
const empty = new GeneratorFunction();
console.log(JSON.stringify(empty().next()), empty.toString());

// yield*, this binding (global code: sloppy, this is undefined → globalThis), strictness.
const d = new GeneratorFunction('yield* [1, 2]; yield this === globalThis;');
console.log([...d()].join(','));
const s = new GeneratorFunction('"use strict"; yield this;');
console.log(s().next().value);

// Generator functions are not constructors.
try { new g(); } catch (e) { console.log(e.constructor.name); }

// Errors: SyntaxError for bad bodies and parameters, yield in parameters, injection attempts.
for (const args of [['yield 1 +'], ['a', 'b', '}'], ['a = yield', ''], ['){', 'yield 1'], ['/*', '*/){'], ['await 1; }; function* x() {']]) {
  try { new GeneratorFunction(...args); console.log('no error'); } catch (e) { console.log(e.constructor.name); }
}
// yield as an identifier is allowed in the body of a plain function, not a generator.
try { new GeneratorFunction('var yield = 1;'); } catch (e) { console.log(e.constructor.name); }
console.log(new Function('var yield = 1; return yield;')());

// Subclassing: new.target's prototype.
class MyGen extends GeneratorFunction {}
const m = new MyGen('yield 5');
console.log(m instanceof MyGen, m instanceof GeneratorFunction, m().next().value);
const r = Reflect.construct(GeneratorFunction, ['yield 6'], Array);
console.log(Object.getPrototypeOf(r) === Array.prototype);
