console.log(v);
var v = 1;
console.log(v);
function f() {
  console.log(local);
  if (false) { var local = 'never'; }
  console.log(local);
  local = 'set';
  return local;
}
console.log(f());
var v;
console.log(v);
