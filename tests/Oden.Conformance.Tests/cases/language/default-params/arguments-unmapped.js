// A non-simple parameter list gets an unmapped arguments object, even in sloppy code.
function simple(a) { a = 'changed'; return arguments[0]; }
function withDefault(a = 0) { a = 'changed'; return arguments[0]; }
function withRest(a, ...r) { a = 'changed'; return arguments[0]; }
function withPattern({ a }) { arguments[0] = 'replaced'; return a; }
function reverse(a = 0) { arguments[0] = 'through arguments'; return a; }
console.log(simple('orig'), withDefault('orig'), withRest('orig'), withPattern({ a: 'kept' }), reverse('param'));
function count(a = 1, b = 2) { return arguments.length; }
console.log(count(), count(undefined), count(1, 2, 3));
function strictLike(a = 1) { return Object.prototype.toString.call(arguments); }
console.log(strictLike());
function argsInDefault(a, b = arguments[0] + '!') { return b; }
console.log(argsInDefault('x'));
