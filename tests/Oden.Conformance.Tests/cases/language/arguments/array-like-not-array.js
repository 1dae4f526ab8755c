function f() {
  console.log(typeof arguments, Array.isArray(arguments), arguments.length);
  console.log(Object.prototype.toString.call(arguments));
  var arr = Array.prototype.slice.call(arguments);
  console.log(Array.isArray(arr), arr.join('-'));
  console.log(typeof arguments.push);
  console.log(JSON.stringify(arguments));
}
f('x', 'y', 3);
