function f(n) { return f(n + 1); }
try {
  f(0);
} catch (e) {
  console.log(e instanceof RangeError, e.name);
}
console.log('still running');
