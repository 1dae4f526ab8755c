var a = [1, 2, 3, 2, 1, '2'];
console.log(a.indexOf(2), a.lastIndexOf(2), a.indexOf('2'), a.indexOf(4));
console.log(a.indexOf(2, 2), a.indexOf(1, -2), a.lastIndexOf(2, 2), a.lastIndexOf(1, -3));
console.log(a.indexOf(2, 100), a.lastIndexOf(2, -100), a.indexOf(1, -100));
console.log([NaN].indexOf(NaN), [undefined].indexOf(undefined), [, 1].indexOf(undefined));
var o = {};
console.log([{}, o].indexOf(o), [{}].indexOf({}));
