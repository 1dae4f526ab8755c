var fns = [];
[10, 20, 30].forEach(function (v, i) {
  let doubled = v * 2;
  fns.push(function () { return i + ':' + doubled; });
});
console.log(fns.map(function (f) { return f(); }).join(' '));
var blockFns = [];
for (var i = 0; i < 3; i++) {
  let captured = i;
  blockFns.push(function () { return captured; });
}
console.log(blockFns.map(function (f) { return f(); }).join(','));
