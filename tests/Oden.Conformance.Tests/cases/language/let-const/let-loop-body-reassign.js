var fns = [];
for (let i = 0; i < 5; i += 2) {
  fns.push(function () { return i; });
}
console.log(fns.map(function (f) { return f(); }).join(','));
let count = 0;
for (let i = 0; i < 3; i++) {
  let i2 = i;
  count += i2;
}
console.log(count);
