function times(n, f) { var out = []; for (var i = 0; i < n; i++) out.push(f(i)); return out; }
console.log(JSON.stringify(times(4, function (i) { return i * i; })));
function curry(f) { return function (a) { return function (b) { return f(a, b); }; }; }
var add = curry(function (a, b) { return a + b; });
console.log(add(2)(3));
function memo(f) {
  var cache = {}, calls = 0;
  var m = function (n) { if (!(n in cache)) { calls++; cache[n] = f(n); } return cache[n]; };
  m.calls = function () { return calls; };
  return m;
}
var sq = memo(function (n) { return n * n; });
sq(3); sq(3); sq(4);
console.log(sq(4), sq.calls());
