// Objects without a prototype and objects whose properties come and go.
var bag = Object.create(null);
bag.x = 1;
var toString = 'outer toString';
with (bag) {
  console.log(x, toString);
}
var dyn = {};
var v = 'outer v';
function read() { with (dyn) { return v; } }
console.log(read());
dyn.v = 'dynamic v';
console.log(read());
delete dyn.v;
console.log(read());
Object.setPrototypeOf(dyn, { v: 'proto v' });
console.log(read());
