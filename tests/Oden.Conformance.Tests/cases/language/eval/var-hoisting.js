// A sloppy direct eval declares its vars in the caller's variable environment.
function f() {
  console.log(typeof x);
  eval('var x = 1');
  console.log(typeof x, x);
  x = 2;
  return x;
}
console.log(f());
function g() {
  if (true) {
    eval('var fromBlock = "visible in the function"');
  }
  return fromBlock;
}
console.log(g());
function h() {
  eval('var a = 1, b = 2; var c');
  return [a, b, typeof c].join(',');
}
console.log(h());
function noLeak() {
  eval('var inner = 1');
}
noLeak();
console.log(typeof inner);
function existing() {
  var e = 'before';
  eval('var e');
  eval('var e = "after"');
  return e;
}
console.log(existing());
