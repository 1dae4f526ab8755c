var a = () => 1;
var b = x => x * 2;
var c = (x, y) => x + y;
var d = (x) => { return x - 1; };
var e = () => ({ obj: true });
var f = () => {};
console.log(a(), b(4), c(2, 3), d(10), JSON.stringify(e()), f());
console.log(typeof a, a.length, c.length);
