// Nested with statements: innermost object first, then outer objects, then variables.
var a = { x: 'a.x', y: 'a.y' };
var b = { x: 'b.x' };
var y = 'var y', w = 'var w';
with (a) {
  with (b) {
    console.log(x, y, w);
    x = 'b.x2';
    y = 'a.y2';
    w = 'var w2';
  }
  console.log(x);
}
console.log(a.x, a.y, b.x, w);

function make(o1, o2) {
  with (o1) {
    with (o2) {
      return function () { return [p, q, r].join(','); };
    }
  }
}
var r = 'global r';
var fn = make({ p: 1, q: 1 }, { q: 2 });
console.log(fn());
var o1 = { p: 'x' }, o2 = {};
var fn2 = make(o1, o2);
console.log(fn2 === undefined, typeof fn2);
o2.p = 'shadow';
o1.r = 'o1 r';
try { console.log(fn2()); } catch (e) { console.log(e.name); }
