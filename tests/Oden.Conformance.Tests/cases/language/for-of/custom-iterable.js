var range = {
  from: 1,
  to: 4
};
range[Symbol.iterator] = function () {
  var cur = this.from, last = this.to;
  return {
    next: function () {
      return cur <= last ? { value: cur++, done: false } : { value: undefined, done: true };
    }
  };
};
var out = [];
for (var n of range) out.push(n);
console.log(out.join(','));
for (var m of range) { out.push(m * 10); }
console.log(out.join(','));
