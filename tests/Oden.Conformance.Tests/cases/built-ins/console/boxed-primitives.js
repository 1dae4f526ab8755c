console.log(new Number(3));
console.log(new String('ab'));
console.log(new Boolean(false));
console.log([new Number(-0)]);
console.log(Object(Symbol('boxed')) !== undefined);
