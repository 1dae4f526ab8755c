console.log([, 1]);
console.log([1, , 3]);
console.log([1, , , 4]);
console.log(new Array(3));
console.log([, ]);
var a = [1];
a[4] = 5;
console.log(a);
