console.log(delete Math.PI, typeof Math.PI);
console.log(delete [].length);
var o = Object.freeze({ k: 1 });
console.log(delete o.k, o.k);
var s = 'abc';
console.log(delete s.length, delete s[0]);
console.log(delete Math.max2);
