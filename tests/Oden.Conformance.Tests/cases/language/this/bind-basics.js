function greet(greeting) { return greeting + ' ' + this.name; }
var bob = { name: 'Bob' };
var bound = greet.bind(bob);
console.log(bound('Hey'));
var other = { name: 'Other', greet: bound };
console.log(other.greet('Hi'));
console.log(bound.call({ name: 'ignored' }, 'Yo'));
var rebound = bound.bind({ name: 'ignored too' });
console.log(rebound('Sup'));
