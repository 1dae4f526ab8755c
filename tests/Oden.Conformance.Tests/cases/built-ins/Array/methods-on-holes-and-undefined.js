var a = [undefined, , null];
var keys = [];
a.forEach(function (v, i) { keys.push(i); });
console.log(keys.join(','));
console.log(a.indexOf(undefined), a.lastIndexOf(undefined));
console.log(a.join('|'), String(a));
console.log(JSON.stringify(a.filter(function () { return true; })));
console.log(a.some(function (v) { return v === undefined; }));
