// Loops, let bindings and per-iteration closures inside with.
var o = { base: 10, items: [1, 2, 3] };
var out = [];
with (o) {
  for (let i = 0; i < items.length; i++) {
    out.push(function () { return base + items[i] * i; });
  }
  for (var key in { p: 1, q: 2 }) out.push(function () { return key; });
  for (const it of items) { if (it === 2) continue; base += it; }
}
console.log(out.map(function (f) { return f(); }).join(','));
console.log(o.base);
var sum = 0;
with ({ limit: 4 }) {
  let j = 0;
  while (j < limit) { sum += j; j++; }
  do { sum += 100; } while (false);
}
console.log(sum);
