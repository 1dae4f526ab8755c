var out = [];
for (const v of [1, 2, 3]) out.push(v * 10);
console.log(out.join(','));
var keys = [];
for (const k in { a: 1, b: 2 }) keys.push(k);
console.log(keys.join(','));
try {
  for (const i = 0; i < 2; i++) { out.push('body' + i); }
} catch (e) {
  console.log(e.name, out.slice(3).join(','));
}
