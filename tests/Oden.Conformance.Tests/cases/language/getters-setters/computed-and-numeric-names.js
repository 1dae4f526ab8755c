var key = 'dyn';
var o = {
  get [key + 'amic']() { return 'computed getter'; },
  get 0() { return 'zero'; },
  set 'with space'(v) { this.spaced = v; }
};
console.log(o.dynamic, o[0]);
o['with space'] = 'ok';
console.log(o.spaced);
console.log(Object.keys(o).join('|'));
