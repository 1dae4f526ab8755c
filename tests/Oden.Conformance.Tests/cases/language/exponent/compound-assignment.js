var x = 3;
x **= 2;
console.log(x);
var o = { v: 2 };
o.v **= 10;
console.log(o.v);
var a = [2];
a[0] **= a[0] **= 2;
console.log(a[0]);
