function f(a, b, c) {
  return [a, b, c, arguments.length].map(String).join(' ');
}
console.log(f());
console.log(f(1));
console.log(f(1, 2, 3, 4, 5));
function sum() {
  var s = 0;
  for (var i = 0; i < arguments.length; i++) s += arguments[i];
  return s;
}
console.log(sum(1, 2, 3, 4));
