var self = this;
var o = {
  name: 'o',
  arrow: () => this,
  method: function () { return (() => this.name)(); }
};
console.log(o.arrow() === self, o.arrow() === module.exports);
console.log(o.method());
