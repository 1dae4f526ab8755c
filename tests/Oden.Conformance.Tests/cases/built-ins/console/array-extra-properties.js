var a = [1, 2];
a.extra = 'x';
console.log(a);
var b = [];
b.key = 1;
console.log(b);
