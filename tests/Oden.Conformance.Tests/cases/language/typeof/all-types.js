console.log(typeof undefined, typeof null, typeof true, typeof 0, typeof NaN);
console.log(typeof '', typeof 'x', typeof {}, typeof [], typeof /re/);
console.log(typeof function () {}, typeof (() => 1), typeof { m() {} }.m);
console.log(typeof Symbol.iterator, typeof Symbol('d'));
console.log(typeof new Number(1), typeof new String(''), typeof Object(true));
console.log(typeof Math, typeof JSON, typeof Math.max, typeof Object, typeof Array);
console.log(typeof new Error('e'), typeof Error);
