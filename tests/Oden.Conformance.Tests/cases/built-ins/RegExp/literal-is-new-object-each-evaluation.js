function make() { return /a/g; }
var r1 = make(), r2 = make();
console.log(r1 === r2);
r1.test('a');
console.log(r1.lastIndex, r2.lastIndex);
var results = [];
for (var i = 0; i < 3; i++) results.push(/x/g.test('x'));
console.log(results.join(','));
