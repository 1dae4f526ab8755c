function describe(greeting, punct) { return greeting + ', ' + this.name + punct; }
var alice = { name: 'Alice' };
console.log(describe.call(alice, 'Hi', '!'));
console.log(describe.apply(alice, ['Hello', '?']));
console.log(describe.apply(alice, { length: 2, 0: 'Yo', 1: '.' }));
function count() { return arguments.length; }
console.log(count.apply(null), count.apply(null, []), count.call(null, 1, 2, 3));
console.log(Math.max.apply(null, [3, 9, 2]));
