var s = Symbol('foo');
var o = { regular: 1 };
o[s] = 'symbol-keyed';
console.log(o);
console.log(Symbol('bar'));
console.log([Symbol('in array')]);
console.log({ value: Symbol() });
