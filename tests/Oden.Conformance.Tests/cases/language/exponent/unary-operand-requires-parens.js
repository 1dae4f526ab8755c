var x = -2;
console.log((-x) ** 2, (+x) ** 2, (typeof 2) + (2 ** 2));
var n = 3;
console.log((n++) ** 2, n);
console.log((~1) ** 2);
