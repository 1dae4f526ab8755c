var r = [1, 2, 3].map(function (x, i) { return x * i; });
console.log(JSON.stringify(r));
console.log(JSON.stringify(['1', '2', '3'].map(Number)));
console.log(JSON.stringify(['1', '2', '3'].map(parseInt)));
console.log(JSON.stringify([1, 2].map(function () { return this.k; }, { k: 'ctx' })));
var shrinking = [1, 2, 3, 4];
var mapped = shrinking.map(function (x) { shrinking.length = 2; return x; });
console.log(mapped.length, JSON.stringify(mapped), 2 in mapped);
