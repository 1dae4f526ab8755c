function f() {
  var a = 1;
  return a++, a++, a;
}
console.log(f());
var x = (1, 2) + (3, 4);
console.log(x);
var arr = [(1, 2), 3];
console.log(arr.length, arr[0]);
