var fns = [];
for (let i = 0; i < 3; i++) {
  fns.push(function () { return i; });
}
console.log(fns.map(function (f) { return f(); }).join(','));
var fns2 = [];
for (let i = 0; i < 3; i++) {
  fns2.push(function () { return i; });
  i++;
}
console.log(fns2.map(function (f) { return f(); }).join(','));
var fns3 = [];
for (let k in { a: 1, b: 2 }) fns3.push(function () { return k; });
console.log(fns3.map(function (f) { return f(); }).join(','));
