// new Function(p1, ..., body) and Function(...) create functions from strings.
var add = new Function('a', 'b', 'return a + b');
console.log(add(2, 3), add.name, add.length, typeof add);
var noNew = Function('x', 'return x * 2');
console.log(noNew(21), noNew.name);
var empty = new Function();
console.log(empty(), empty.length, empty.name);
var bodyOnly = new Function('return 42');
console.log(bodyOnly(), bodyOnly.length);
console.log(add instanceof Function, Object.getPrototypeOf(add) === Function.prototype);
console.log(Function.prototype.constructor === Function, Function.length, Function.name);
console.log(new Function('a', 'b', 'c', 'return [a, b, c].join("-")')(1, 2, 3));
