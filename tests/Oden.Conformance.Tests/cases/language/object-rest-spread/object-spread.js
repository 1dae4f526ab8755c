// Object spread copies own enumerable properties (symbols too), calling getters.
const sym = Symbol('s');
const src = { a: 1, b: 2, [sym]: 'S' };
Object.defineProperty(src, 'hidden', { value: 'h', enumerable: false });
const copy = { ...src };
console.log(JSON.stringify(copy), copy[sym], 'hidden' in copy);
console.log(JSON.stringify({ x: 0, ...src, a: 'override' }), JSON.stringify({ a: 'first', ...src }));
console.log(JSON.stringify({ ...null, ...undefined, ...1, ...true }));
console.log(JSON.stringify({ ...'hi' }), JSON.stringify({ ...[1, 2] }));
const child = Object.create({ inherited: 1 });
child.own = 2;
console.log(JSON.stringify({ ...child }));
let calls = 0;
const withGetter = { get g() { calls++; return 'got'; } };
const spreadGetter = { ...withGetter };
console.log(spreadGetter.g, calls, Object.getOwnPropertyDescriptor(spreadGetter, 'g').get === undefined);
// spread defines properties: setters on the target's prototype are not called
Object.defineProperty(Object.prototype, 'trap', { set(v) { console.log('setter called'); }, configurable: true });
const defined = { ...{ trap: 'value' } };
console.log(Object.getOwnPropertyDescriptor(defined, 'trap').value);
delete Object.prototype.trap;
// order of keys: integer keys first
console.log(Object.keys({ b: 1, ...{ 2: 'two', a: 'A', 1: 'one' } }).join());
const nested = { inner: { deep: 1 } };
const shallow = { ...nested };
console.log(shallow.inner === nested.inner);
console.log(JSON.stringify({ ...{ a: 1 }, ...{ b: 2 }, c: 3, ...{ a: 4 } }));
