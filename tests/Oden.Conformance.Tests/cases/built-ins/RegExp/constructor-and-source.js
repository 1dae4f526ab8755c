var re = new RegExp('a+b', 'gi');
console.log(re.source, re.global, re.ignoreCase, re.multiline, re.lastIndex);
console.log(String(re), String(/x\/y/), String(new RegExp('')));
var copy = RegExp(re);
console.log(copy === re);
var fromLiteral = new RegExp(/abc/g);
console.log(fromLiteral.source, fromLiteral.global, fromLiteral === /abc/g);
try { new RegExp('('); } catch (e) { console.log(e.name); }
try { new RegExp('a', 'zz'); } catch (e) { console.log(e.name); }
console.log(new RegExp('\\d').test('5'), new RegExp('/').source);
