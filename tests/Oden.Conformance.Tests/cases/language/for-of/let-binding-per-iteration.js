var fns = [];
for (let v of ['x', 'y', 'z']) fns.push(function () { return v; });
console.log(fns.map(function (f) { return f(); }).join(''));
var fns2 = [];
for (var w of ['x', 'y', 'z']) fns2.push(function () { return w; });
console.log(fns2.map(function (f) { return f(); }).join(''));
