function inner() { return Array.prototype.join.call(arguments, '+'); }
function outer() { return inner.apply(null, arguments); }
console.log(outer(1, 2, 3));
function count() { return arguments.length; }
function wrapper() { return count.apply(this, arguments); }
console.log(wrapper(), wrapper(undefined), wrapper(1, 2));
