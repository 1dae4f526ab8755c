for (var i = 0; i < 3; i++) console.log('a', i);
console.log('after', i);
var j = 0;
for (; j < 2;) { console.log('b', j); j++; }
var k = 0;
for (;;) { if (++k > 3) break; }
console.log('k', k);
for (var a = 0, b = 5; a < b; a++, b--) console.log(a, b);
var count = 0;
for (var x in { p: 1, q: 2 }) count++;
console.log(count);
