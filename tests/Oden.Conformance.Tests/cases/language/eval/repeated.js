// The same source evaluated many times (the compiled code is cached) and many different sources.
var total = 0;
for (var i = 0; i < 50; i++) total += eval('i * 2');
console.log(total);
var parts = [];
for (var j = 0; j < 10; j++) parts.push(eval('"src" + ' + j));
console.log(parts.join(' '));
function fresh(k) { return eval('var local' + k + ' = ' + k + '; local' + k); }
var s = 0;
for (var k = 0; k < 5; k++) s += fresh(k);
console.log(s);
