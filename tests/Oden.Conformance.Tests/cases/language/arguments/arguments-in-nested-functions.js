function outer() {
  var outerArgs = arguments;
  function inner() { return arguments.length + ' vs ' + outerArgs.length; }
  return inner(1);
}
console.log(outer('a', 'b', 'c'));
function viaArrow() { return [1, 2].map(() => arguments[0]).join(','); }
console.log(viaArrow('lex'));
