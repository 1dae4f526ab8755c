var o = { a: undefined };
console.log('a' in o, 'b' in o, 'toString' in o);
var arr = ['x'];
console.log(0 in arr, '0' in arr, 1 in arr, 'length' in arr);
console.log('length' in new String('abc'));
try { 'a' in 'abc'; } catch (e) { console.log(e.name); }
try { 'a' in null; } catch (e) { console.log(e.name); }
var key = { toString: function () { return 'a'; } };
console.log(key in o);
