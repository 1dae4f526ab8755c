// eval inside an arrow sees the enclosing function's this and arguments.
function f() {
  var arrow = () => eval('this.tag + ":" + arguments[0]');
  return arrow('ignored');
}
console.log(f.call({ tag: 'T' }, 'first'));
function g() {
  var inner = () => { eval('var arrowVar = 1'); return typeof arrowVar; };
  return inner() + ',' + typeof arrowVar;
}
console.log(g());
var obj = {
  v: 'v',
  m: function () { return [1, 2].map(n => eval('this.v + n')).join(','); },
};
console.log(obj.m());
