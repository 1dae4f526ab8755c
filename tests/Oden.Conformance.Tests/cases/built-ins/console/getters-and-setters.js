var o = {
  get g() { return 1; },
  set s(v) {},
  get gs() { return 2; },
  set gs(v) {},
  plain: 3
};
console.log(o);
var withData = Object.defineProperty({ x: 1 }, 'y', { get: function () { return 2; }, enumerable: true });
console.log(withData);
