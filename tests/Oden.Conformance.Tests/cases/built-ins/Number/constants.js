console.log(Number.MAX_VALUE, Number.MIN_VALUE);
console.log(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
console.log(Number.MAX_VALUE + 1 === Number.MAX_VALUE, Number.MIN_VALUE / 2);
var d = Object.getOwnPropertyDescriptor(Number, 'MAX_VALUE');
console.log(d.writable, d.enumerable, d.configurable);
Number.MAX_VALUE = 1;
console.log(Number.MAX_VALUE > 1);
