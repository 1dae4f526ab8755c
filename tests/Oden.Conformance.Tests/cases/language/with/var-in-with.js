// `var x = v` inside with assigns the reference x resolves to: the object's property when it has one.
function f() {
  var o = { x: 1 };
  with (o) {
    var x = 2;
    var y = 3;
  }
  return [o.x, x, y, 'y' in o];
}
console.log(JSON.stringify(f()));

function g() {
  var o = { v: 'obj' };
  console.log(v);
  with (o) { var v = 'assigned'; }
  return [v, o.v];
}
console.log(JSON.stringify(g()));

function h(o) {
  with (o) {
    for (var i = 0; i < 2; i++) {}
  }
  return [typeof i, o.i];
}
console.log(JSON.stringify(h({})), JSON.stringify(h({ i: 10 })));
