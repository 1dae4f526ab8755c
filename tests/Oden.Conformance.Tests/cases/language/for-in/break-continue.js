var o = { a: 1, b: 2, c: 3, d: 4 };
var out = [];
for (var k in o) {
  if (k === 'b') continue;
  if (k === 'd') break;
  out.push(k);
}
console.log(out.join(','));
