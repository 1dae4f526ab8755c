function f(a, b) {
  arguments[0] = 'changed via arguments';
  b = 'changed via param';
  return [a, arguments[1]].join(' | ');
}
console.log(f('a0', 'b0'));
function g(a) {
  arguments[1] = 'extra';
  return [arguments.length, arguments[1]].join(' ');
}
console.log(g(1));
function h(a) {
  a = 'new';
  return arguments[0];
}
console.log(String(h()));
