function f() {
  var out = [];
  for (var a of arguments) out.push(a);
  return out.join(',');
}
console.log(f(1, 'two', 3));
console.log(JSON.stringify(f()));
