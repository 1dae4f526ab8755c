const o = { a: 1 };
o.a = 2;
o.b = 3;
console.log(JSON.stringify(o));
const arr = [];
arr.push(1, 2);
console.log(arr.length);
const fn = function () { return 'const fn'; };
console.log(fn());
