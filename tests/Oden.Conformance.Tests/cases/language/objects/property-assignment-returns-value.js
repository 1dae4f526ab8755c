var o = {};
var r = (o.a = 5);
console.log(r);
var frozen = Object.freeze({ x: 1 });
var r2 = (frozen.x = 99);
console.log(r2, frozen.x);
var s = 'str';
var r3 = (s.prop = 'ignored');
console.log(r3, s.prop);
