var s = '';
for (var i = 0; i < 10; i++) s += i;
console.log(s, s.length);
var big = '';
for (var j = 0; j < 1000; j++) big += 'ab';
console.log(big.length, big.slice(0, 6), big.slice(-4));
var parts = [];
for (var k = 0; k < 5; k++) parts.push('p' + k);
console.log(parts.join('/'));
