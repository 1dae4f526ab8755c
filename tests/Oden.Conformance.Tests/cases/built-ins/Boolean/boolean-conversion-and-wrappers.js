console.log(Boolean(0), Boolean(''), Boolean('0'), Boolean([]), Boolean({}), Boolean(NaN), Boolean());
var b = new Boolean(false);
console.log(typeof b, b.valueOf(), b.toString(), b ? 'truthy wrapper' : 'falsy');
console.log(true.toString(), false.toString(), String(true), true + '');
console.log(Boolean.prototype.valueOf.call(true), Boolean.prototype.toString.call(false));
try { Boolean.prototype.toString.call('true'); } catch (e) { console.log(e.name); }
console.log(new Boolean(true) == true, new Boolean(false) == false, new Boolean(false) === false);
