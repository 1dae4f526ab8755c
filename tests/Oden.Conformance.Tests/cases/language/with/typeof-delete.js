// typeof and delete through a with object.
var o = { a: 1, b: undefined };
with (o) {
  console.log(typeof a, typeof b, typeof missing, typeof o);
  console.log(delete a, 'a' in o);
  console.log(typeof a);
  console.log(delete missing);
}
var frozen = Object.freeze({ f: 1 });
with (frozen) {
  console.log(delete f, f);
}
var arr = [1, 2, 3];
with (arr) {
  console.log(length, typeof push, join('-'));
  push(4);
}
console.log(arr.length);
