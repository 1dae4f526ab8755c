var o = { valueOf: function () { return 41; } };
var old = o++;
console.log(old, o, typeof o);
var p = { toString: function () { return '7'; } };
++p;
console.log(p);
var b = true;
b++;
console.log(b);
