// String.fromCharCode with two and three arguments (guarded intrinsics): ToUint16 of each number, and the
// ordinary call for anything else (objects with valueOf, a replaced fromCharCode, another receiver).
var log = [];
function val(v) { return { valueOf: function () { log.push('valueOf ' + v); return v; } }; }
console.log(JSON.stringify([String.fromCharCode(72, 105), String.fromCharCode(65, 66, 67), String.fromCharCode(0x1F600, -1),
  String.fromCharCode(65.9, 66.1, 65536 + 67), String.fromCharCode(NaN, Infinity), String.fromCharCode(-65, 4294967361, 1e10)]));
console.log(String.fromCharCode(val(70), val(71)), String.fromCharCode(val(1), 'x', val(72)).length, log.join(', '));
console.log(JSON.stringify(String.fromCharCode('65', '66')), JSON.stringify(String.fromCharCode(true, null, undefined)));
var out = '';
for (var i = 0; i < 300; i++) out += String.fromCharCode(i & 255, (i >>> 1) & 127, 97 + (i % 26));
console.log(out.length, out.charCodeAt(500), out.slice(-6));
var saved = String.fromCharCode;
String.fromCharCode = function (a, b, c) { return 'replaced ' + arguments.length; };
console.log(String.fromCharCode(1, 2), String.fromCharCode(1, 2, 3));
String.fromCharCode = saved;
var fake = { fromCharCode: function (a, b) { return 'fake ' + a + b; } };
console.log(fake.fromCharCode(1, 2));
try { ({ fromCharCode: 5 }).fromCharCode(1, 2, 3); } catch (e) { console.log(e.name); }
