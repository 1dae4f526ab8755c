var out = [];
for (var v of ['a', 'b', 'c']) out.push(v);
console.log(out.join(','));
for (var x of []) console.log('never');
var sum = 0;
for (var n of [1, 2, 3, 4]) sum += n;
console.log(sum, v, n);
