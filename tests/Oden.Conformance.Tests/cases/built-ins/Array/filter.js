var a = [1, 2, 3, 4, 5, 6];
console.log(JSON.stringify(a.filter(function (x) { return x % 2; })));
console.log(JSON.stringify(a.filter(function (x, i) { return i > 3; })));
console.log(JSON.stringify([0, 1, '', 'a', null, NaN, [], {}].filter(Boolean)));
var mutating = [1, 2, 3];
var kept = mutating.filter(function (x, i, arr) { arr[i + 1] = 0; return true; });
console.log(JSON.stringify(kept), JSON.stringify(mutating));
