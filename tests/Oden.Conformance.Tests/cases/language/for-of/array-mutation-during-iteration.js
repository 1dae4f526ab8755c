var a = [1, 2, 3];
var seen = [];
for (var v of a) {
  seen.push(v);
  if (v === 1) a.push(4);
  if (seen.length > 10) break;
}
console.log(seen.join(','));
var b = [1, 2, 3, 4];
var seen2 = [];
for (var w of b) {
  seen2.push(w);
  b.pop();
}
console.log(seen2.join(','));
