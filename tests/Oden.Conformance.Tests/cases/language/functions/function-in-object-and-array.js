var fns = [function () { return 'zero'; }, function () { return 'one'; }];
console.log(fns[1](), fns[0]());
var o = { nested: { deeper: { fn: function (x) { return x + '!'; } } } };
console.log(o.nested.deeper.fn('hi'));
var results = [1, 2, 3].map(function (n) { return function () { return n * n; }; });
console.log(results[2]());
