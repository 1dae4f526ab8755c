function pair() {
  var v = 0;
  function set(x) { v = x; }
  function get() { return v; }
  return [set, get];
}
var p = pair();
p[0](42);
console.log(p[1]());
var q = pair();
console.log(q[1](), p[1]());
