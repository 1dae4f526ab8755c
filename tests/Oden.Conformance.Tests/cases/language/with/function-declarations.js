// Function declarations in a with block (sloppy mode: Annex B) close over the with scope.
var o = { tag: 'o' };
var tag = 'outer';
with (o) {
  function readTag() { return tag; }
}
console.log(readTag());
o.tag = 'changed';
console.log(readTag());

function outerFn() {
  var p = { v: 1 };
  with (p) {
    function inner() { return v; }
    p.v = 2;
  }
  return inner();
}
console.log(outerFn());
