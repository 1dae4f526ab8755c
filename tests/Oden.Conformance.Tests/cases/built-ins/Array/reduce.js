console.log([1, 2, 3, 4].reduce(function (a, b) { return a + b; }));
console.log([1, 2, 3, 4].reduce(function (a, b) { return a + b; }, 10));
console.log([[1, 2], [3], []].reduce(function (acc, x) { return acc.concat(x); }, []).join(','));
var trace = [];
['a', 'b', 'c'].reduce(function (acc, x, i) { trace.push(acc + x + i); return acc + x; }, '');
console.log(trace.join(' '));
console.log([5].reduce(function () { return 'never'; }), [].reduce(function () {}, 'init'));
try { [].reduce(function () {}); } catch (e) { console.log(e.name); }
console.log([, , 7, , ].reduce(function (a, b) { return a + b; }));
