// Destructuring parameters with defaults at every level.
function point({ x = 0, y = 0 } = {}) { return `${x},${y}`; }
console.log(point(), point({}), point({ x: 1 }), point({ x: 1, y: 2 }));
function first([head, ...tail] = ['none']) { return head + ':' + tail.length; }
console.log(first(), first([1, 2, 3]), first('xyz'));
function options({ a, b: { c = 'c-default' } = {}, ...others } = { a: 'A' }) { return [a, c, Object.keys(others).join('+')]; }
console.log(options(), options({ a: 1, b: { c: 2 }, d: 3, e: 4 }));
const swap = ([a, b]) => [b, a];
console.log(swap([1, 2]));
const pick = ({ name }, { age } = { age: 0 }) => name + age;
console.log(pick({ name: 'n' }), pick({ name: 'm' }, { age: 5 }));
function attempt(f, ...args) { try { return f(...args); } catch (e) { return e.constructor.name; } }
console.log(attempt(point, null));
console.log(attempt(({ a }) => a));
console.log(attempt(([a]) => a, 5));
function order(log = [], { a = log.push('a') } = {}, [b = log.push('b')] = [], c = log.push('c')) { return log.join(); }
console.log(order());
