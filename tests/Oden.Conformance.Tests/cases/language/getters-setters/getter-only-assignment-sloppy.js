var o = { get x() { return 1; } };
o.x = 2;
console.log(o.x);
var setOnly = { set y(v) { this.stored = v; } };
console.log(setOnly.y);
setOnly.y = 'saved';
console.log(setOnly.stored);
