// Function.prototype.toString of a Function-constructor function shows the synthesized source.
console.log(new Function('a', 'b', 'return a + b').toString());
console.log(String(new Function('return 1')));
console.log(Function('a,b', 'c', '').toString());
console.log(JSON.stringify(new Function().toString()));
