var a = new Array(3);
console.log(a.length, 0 in a);
var b = new Array(3, 4);
console.log(b.length, JSON.stringify(b));
var c = Array('x');
console.log(c.length, c[0]);
var d = Array();
console.log(d.length);
try { new Array(-1); } catch (e) { console.log(e.name, e instanceof RangeError); }
try { new Array(1.5); } catch (e) { console.log(e.name); }
console.log(new Array('3').length);
