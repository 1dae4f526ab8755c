var out = [];
for (var i = 0; i < 10; i++) {
  if (i % 2) continue;
  if (i > 6) break;
  out.push(i);
}
console.log(out.join(','));
var w = 0, seen = [];
while (true) {
  w++;
  if (w === 2) continue;
  if (w > 4) break;
  seen.push(w);
}
console.log(seen.join(','));
var d = 0;
do { d++; if (d < 3) continue; break; } while (true);
console.log(d);
