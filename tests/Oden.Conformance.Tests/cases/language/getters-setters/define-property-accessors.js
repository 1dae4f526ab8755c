var o = {};
var store = [];
Object.defineProperty(o, 'log', {
  get: function () { return store.join(','); },
  set: function (v) { store.push(v); },
  enumerable: true,
  configurable: true
});
o.log = 'a';
o.log = 'b';
console.log(o.log, JSON.stringify(o));
Object.defineProperty(o, 'hidden', { get: function () { return 1; } });
console.log(Object.keys(o).join(','), o.hidden);
