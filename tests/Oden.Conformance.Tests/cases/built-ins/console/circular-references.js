var o = { name: 'root' };
o.self = o;
console.log(o);
var arr = [1];
arr.push(arr);
console.log(arr);
var a = {}, b = { a: a };
a.b = b;
console.log(a);
