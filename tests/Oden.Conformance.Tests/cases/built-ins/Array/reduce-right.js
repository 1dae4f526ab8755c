console.log(['a', 'b', 'c'].reduceRight(function (acc, x) { return acc + x; }));
console.log([1, 2, 3].reduceRight(function (acc, x) { return acc + '-' + x; }, 'start'));
var idx = [];
[10, 20, 30].reduceRight(function (acc, x, i) { idx.push(i); return acc; }, 0);
console.log(idx.join(','));
try { [].reduceRight(function () {}); } catch (e) { console.log(e.name); }
