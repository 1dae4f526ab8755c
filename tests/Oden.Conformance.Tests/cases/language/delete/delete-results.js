var o = { a: 1, b: 2 };
console.log(delete o.a, 'a' in o);
console.log(delete o.missing);
console.log(delete o['b'], JSON.stringify(o));
var arr = [1, 2, 3];
console.log(delete arr[0], arr.length, 0 in arr);
console.log(delete 42, delete 'str', delete null);
var x = 1;
console.log(delete x, typeof x);
function f() {}
console.log(delete f, typeof f);
