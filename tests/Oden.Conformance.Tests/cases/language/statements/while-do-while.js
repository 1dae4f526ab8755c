var i = 0;
while (i < 3) { console.log('while', i); i++; }
var j = 10;
do { console.log('do', j); j++; } while (j < 3);
var k = 0;
do k += 2; while (k < 7);
console.log(k);
var n = 5, fact = 1;
while (n > 1) fact *= n--;
console.log(fact);
