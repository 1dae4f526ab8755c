// recursive generators: tree walks with yield*
const tree = { v: 1, kids: [{ v: 2, kids: [{ v: 4, kids: [] }, { v: 5, kids: [] }] }, { v: 3, kids: [{ v: 6, kids: [] }] }] };
function* preorder(t) { yield t.v; for (const k of t.kids) yield* preorder(k); }
function* postorder(t) { for (const k of t.kids) yield* postorder(k); yield t.v; }
console.log(Array.from(preorder(tree)).join(','));
console.log(Array.from(postorder(tree)).join(','));
function* permutations(xs) {
  if (xs.length <= 1) { yield xs.slice(); return; }
  for (let i = 0; i < xs.length; i++) {
    const rest = xs.slice(0, i).concat(xs.slice(i + 1));
    for (const p of permutations(rest)) yield [xs[i]].concat(p);
  }
}
for (const p of permutations(['a', 'b', 'c'])) console.log(p.join(''));
function* depth(n) { if (n > 0) yield* depth(n - 1); yield n; }
let count = 0;
for (const d of depth(200)) count += d;
console.log(count);
