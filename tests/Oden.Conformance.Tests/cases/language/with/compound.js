// Compound assignment and update expressions through with.
var o = { n: 1, s: 'a' };
var outer = 10;
with (o) {
  n += 4;
  s += 'b';
  n *= 2;
  outer -= n;
  n++;
  ++n;
  var old = n--;
}
console.log(o.n, o.s, outer, old);
var counts = { hits: 0 };
function hit() { with (counts) { return hits++; } }
hit(); hit();
console.log(hit(), counts.hits);
