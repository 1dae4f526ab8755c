// Array work: push, index loops, map/filter/reduce with callbacks, and a numeric sort.
function run() {
  var a = [];
  for (var i = 0; i < 5000; i++) a.push((i * 7919) % 1000);
  var doubled = a.map(function (x) { return x * 2; });
  var even = doubled.filter(function (x) { return x % 4 === 0; });
  var sum = even.reduce(function (acc, x) { return acc + x; }, 0);
  var sorted = a.slice(0, 1000).sort(function (x, y) { return x - y; });
  var acc = 0;
  for (var k = 0; k < sorted.length; k++) acc += sorted[k] * (k % 3);
  return sum + acc;
}
