var getters = [], setters = [];
for (let i = 0; i < 2; i++) {
  getters.push(function () { return i; });
  setters.push(function (v) { i = v; });
}
setters[0](10);
console.log(getters[0](), getters[1]());
var fs = [];
for (let i = 0; fs.push(function () { return i; }), i < 2; i++) {}
console.log(fs.map(function (f) { return f(); }).join(','));
