function outer() {
  var arrow = () => arguments[0] + arguments.length;
  return arrow('ignored', 'also');
}
console.log(outer(10, 20, 30));
function outer2() {
  return (() => () => arguments.length)()();
}
console.log(outer2(1, 2));
