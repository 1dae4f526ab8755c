// Parameter strings are joined with commas and parsed as one formal parameter list.
var f1 = new Function('a,b', 'return a + b');
var f2 = new Function('a, b', 'c', 'return a + b + c');
var f3 = new Function(' a /* comment */ , b // line comment\n', 'return a * b');
var f4 = new Function('', 'return arguments.length');
var f5 = new Function('a', 'a', 'return a');
console.log(f1(1, 2), f1.length);
console.log(f2(1, 2, 3), f2.length);
console.log(f3(6, 7), f3.length);
console.log(f4(1, 2, 3), f4.length);
console.log(f5(1, 2), f5.length);
try { new Function(1, 'return 1'); } catch (e) { console.log(e.name); }
var obj = { toString: function () { return 'p'; } };
console.log(new Function(obj, 'return p + 1')(1));
console.log(new Function('$', '_', 'return $ + _')('x', 'y'));
