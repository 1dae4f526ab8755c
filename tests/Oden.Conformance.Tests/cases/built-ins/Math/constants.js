console.log(Math.PI, Math.E, Math.LN2, Math.LN10);
console.log(Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2);
Math.PI = 3;
console.log(Math.PI);
console.log(Object.keys(Math).length, typeof Math, Object.prototype.toString.call(Math));
