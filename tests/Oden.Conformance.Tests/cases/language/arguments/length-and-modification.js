function f(a, b) {
  arguments.length = 1;
  var out = [];
  for (var i = 0; i < arguments.length; i++) out.push(arguments[i]);
  return out.join(',') + ' / b=' + b;
}
console.log(f(1, 2, 3));
function g() {
  arguments[5] = 'x';
  return arguments.length;
}
console.log(g(1, 2));
