// Array.prototype.pop on dense arrays (a fast path) and on everything that must take the spec's steps:
// holes read through the prototype, frozen and sealed arrays, non-extensible arrays, array-likes.
const a = [1, 2, 3];
console.log(a.pop(), a.length, JSON.stringify(a));
const empty = [];
console.log(empty.pop(), empty.length);

const holey = [1, , ];
Array.prototype[1] = 'from proto';
console.log(holey.length, holey.pop(), holey.length, Object.keys(holey).join());
delete Array.prototype[1];

const withGetter = [1, 2];
Object.defineProperty(withGetter, 1, { get() { return 'getter'; }, configurable: true });
console.log(withGetter.pop(), withGetter.length);

const frozen = Object.freeze([1, 2]);
try { frozen.pop(); console.log('no error'); } catch (e) { console.log(e.constructor.name, frozen.length); }

const sealed = Object.seal([1, 2]);
try { sealed.pop(); console.log('no error'); } catch (e) { console.log(e.constructor.name, sealed.length); }

const fixed = Object.preventExtensions([1, 2, 3]);
console.log(fixed.pop(), fixed.length);

const readOnlyLength = [1, 2];
Object.defineProperty(readOnlyLength, 'length', { writable: false });
try { readOnlyLength.pop(); console.log('no error'); } catch (e) { console.log(e.constructor.name, readOnlyLength.length, readOnlyLength[1]); }

const like = { length: 2, 0: 'x', 1: 'y' };
console.log(Array.prototype.pop.call(like), like.length, 1 in like);

class Stack extends Array {}
const s = Stack.from([4, 5, 6]);
console.log(s.pop(), s.length, s instanceof Stack);

const objects = [{ id: 1 }, { id: 2 }];
const todo = [...objects];
let ids = '';
while (todo.length > 0) ids += todo.pop().id;
console.log(ids, objects.length, todo.length, todo[0]);

const grow = [];
for (let i = 0; i < 10; i++) grow.push(i);
for (let i = 0; i < 5; i++) grow.pop();
grow[7] = 'x';
console.log(grow.length, JSON.stringify(grow));
