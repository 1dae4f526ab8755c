console.log('abc'.length);
console.log((5).toString());
console.log(5..toFixed(1));
console.log(true.toString());
console.log('abc'[1]);
console.log('abc'[5]);
var s = 'hello';
s.foo = 1;
console.log(s.foo);
try { null.x; } catch (e) { console.log(e.name); }
try { undefined.x; } catch (e) { console.log(e.name); }
try { var u; u[0] = 1; } catch (e) { console.log(e.name); }
