var Stack = require('./stack');
var s = new Stack();
s.push(1);
s.push(2);
console.log(s.size(), s.peek(), s instanceof Stack);
var Again = require('./stack');
console.log(Again === Stack, new Again() instanceof Stack);
console.log(Stack.create().size());
