// Identifier references inside `with` resolve through the object first.
var o = { x: 1, y: 2 };
var x = 'outer x';
var z = 'outer z';
with (o) {
  console.log(x, y, z);
  x = 10;          // the object's property
  z = 'changed';   // not on the object: the outer var
  y += 5;
}
console.log(o.x, o.y, x, z, 'z' in o);

function f(obj) {
  var local = 'local';
  with (obj) {
    return [a, local, typeof b];
  }
}
console.log(JSON.stringify(f({ a: 1 })));
console.log(JSON.stringify(f({ a: 2, local: 'from object', b: null })));

var counter = { n: 0 };
with (counter) {
  for (var i = 0; i < 3; i++) n++;
}
console.log(counter.n, i);
