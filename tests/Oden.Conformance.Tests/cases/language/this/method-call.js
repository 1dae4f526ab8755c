var o = {
  name: 'o',
  get: function () { return this.name; },
  nested: { name: 'nested', get: function () { return this.name; } }
};
console.log(o.get(), o.nested.get(), o['get']());
var p = { name: 'p' };
p.get = o.get;
console.log(p.get());
console.log((o.get)());
