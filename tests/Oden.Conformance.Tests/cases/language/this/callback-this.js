var o = {
  items: [1, 2],
  factor: 10,
  scaleThisArg: function () {
    return this.items.map(function (x) { return x * this.factor; }, this);
  },
  scaleSelf: function () {
    var self = this;
    return this.items.map(function (x) { return x * self.factor; });
  }
};
console.log(o.scaleThisArg().join(','), o.scaleSelf().join(','));
var seen = [];
[1].forEach(function () { seen.push(this.tag); }, { tag: 'thisArg' });
console.log(seen[0]);
