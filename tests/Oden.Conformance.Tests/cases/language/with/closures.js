// Functions created inside `with` keep seeing the object (and its later changes).
var o = { count: 0 };
var fns = [];
with (o) {
  fns.push(function () { return ++count; });
  fns.push(() => count * 10);
  fns.push(function named() { return typeof named + ':' + count; });
}
console.log(fns[0](), fns[0](), fns[1](), fns[2]());
o.count = 100;
console.log(fns[1]());
delete o.count;
var count = 'var count';
console.log(fns[1]());

function counterWith(state) {
  var total = 0;
  with (state) {
    return {
      add: function (n) { total += n; step = n; return total; },
      read: function () { return step + '/' + total; },
    };
  }
}
var st = { step: 0 };
var c = counterWith(st);
c.add(3); c.add(4);
console.log(c.read(), st.step, 'total' in st);
