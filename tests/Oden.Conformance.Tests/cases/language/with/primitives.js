// The with expression is converted with ToObject; null and undefined throw a TypeError.
with ('abc') { console.log(length, charAt(1), toUpperCase()); }
with (12.345) { console.log(toFixed(1)); }
with (true) { console.log(valueOf()); }
try { with (null) { console.log('unreachable'); } } catch (e) { console.log(e.name, e instanceof TypeError); }
try { with (undefined) { console.log('unreachable'); } } catch (e) { console.log(e.name); }
var sym = Symbol('s');
with (sym) { console.log(description, typeof toString); }
var n = 0;
with ({ valueOf: function () { n++; return 1; } }) { console.log(n); }
