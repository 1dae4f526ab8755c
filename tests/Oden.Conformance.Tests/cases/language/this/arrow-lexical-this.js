var o = {
  name: 'outer',
  regular: function () {
    var arrow = () => this.name;
    return arrow();
  },
  delayed: function () {
    return [1, 2].map(x => this.name + x);
  }
};
console.log(o.regular());
console.log(o.delayed().join(','));
var f = o.regular;
var other = { name: 'other', f: f };
console.log(other.f());
