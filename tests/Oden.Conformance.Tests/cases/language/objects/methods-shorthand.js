var o = {
  value: 3,
  double() { return this.value * 2; },
  'quoted name'() { return 'quoted'; },
  42() { return 'numeric'; }
};
console.log(o.double(), o['quoted name'](), o[42]());
console.log(typeof o.double, o.double.name);
console.log(Object.keys(o).join(','));
