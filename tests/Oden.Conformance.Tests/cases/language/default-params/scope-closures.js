// Closures created in parameter defaults capture the parameters, not body bindings.
function counter(start = 0, inc = () => ++start, get = () => start) {
  var start;
  inc(); inc();
  return [start, get()];
}
console.log(counter(), counter(10));
function mk(fns = []) {
  for (let i = 0; i < 3; i++) fns.push(() => i);
  return fns.map((f) => f()).join();
}
console.log(mk());
function self(f = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }) { return f(5); }
console.log(self());
var named = function recurse(n = 3, go = () => typeof recurse) { return go(); };
console.log(named());
function nested(a = 1, b = (function () { return a + 1; })(), c = ((d = b) => d * 10)()) { return [a, b, c]; }
console.log(nested(), nested(5));
