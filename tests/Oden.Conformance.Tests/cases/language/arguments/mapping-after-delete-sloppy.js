function f(a) {
  delete arguments[0];
  arguments[0] = 'after delete';
  return a;
}
console.log(f('original'));
function g(a, b) {
  var args = arguments;
  a = 'A';
  return args[0] + args[1];
}
console.log(g('x', 'y'));
