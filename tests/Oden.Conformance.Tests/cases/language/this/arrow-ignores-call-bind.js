var o = {
  name: 'o',
  make: function () { return () => this.name; }
};
var arrow = o.make();
console.log(arrow.call({ name: 'call' }));
console.log(arrow.apply({ name: 'apply' }));
console.log(arrow.bind({ name: 'bind' })());
var holder = { name: 'holder', arrow: arrow };
console.log(holder.arrow());
