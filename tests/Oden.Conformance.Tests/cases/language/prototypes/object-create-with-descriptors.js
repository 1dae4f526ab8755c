var proto = { greet: function () { return 'hi ' + this.name; } };
var o = Object.create(proto, {
  name: { value: 'obj', enumerable: true },
  secret: { value: 42 }
});
console.log(o.greet(), o.secret);
console.log(Object.keys(o).join(','));
o.secret = 0;
console.log(o.secret);
console.log(proto.isPrototypeOf(o), Object.prototype.isPrototypeOf(o));
