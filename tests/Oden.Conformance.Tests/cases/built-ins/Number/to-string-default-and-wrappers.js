console.log((123).toString(), (1.5e300).toString(), (-1e-7).toString());
var n = new Number(42);
console.log(n.toString(), n.valueOf(), typeof n.valueOf(), n + 0, JSON.stringify(n));
console.log(Number.prototype.toString.call(7), Number.prototype.valueOf.call(8));
try { Number.prototype.toString.call('7'); } catch (e) { console.log(e.name); }
try { Number.prototype.valueOf.call({}); } catch (e) { console.log(e.name); }
console.log(5..toString(), 5 .toString(), (5).toString());
