function countdown(n) {
  var it = {
    next: function () { return n > 0 ? { value: n--, done: false } : { value: 'ignored', done: true }; }
  };
  it[Symbol.iterator] = function () { return this; };
  return it;
}
var c = countdown(3);
var out = [];
for (var v of c) out.push(v);
console.log(out.join(','));
for (var w of c) out.push('again');
console.log(out.length);
