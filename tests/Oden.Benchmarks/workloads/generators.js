// Generators: a lazy pipeline (range → map → filter → take) pulled by for-of, yield* delegation over a
// tree, and destructuring from a generator.
function* range(from, to) {
  for (var i = from; i < to; i++) yield i;
}

function* map(source, f) {
  for (var x of source) yield f(x);
}

function* filter(source, p) {
  for (var x of source) if (p(x)) yield x;
}

function* take(source, n) {
  if (n <= 0) return;
  for (var x of source) {
    yield x;
    if (--n <= 0) return;
  }
}

function* walk(node) {
  if (node === null) return;
  yield* walk(node.left);
  yield node.value;
  yield* walk(node.right);
}

function build(lo, hi) {
  if (lo > hi) return null;
  var mid = (lo + hi) >> 1;
  return { value: mid, left: build(lo, mid - 1), right: build(mid + 1, hi) };
}

var tree = build(0, 1023);

function run() {
  var total = 0;
  var evens = filter(map(range(0, 20000), function (x) { return x * 3; }), function (x) { return (x & 1) === 0; });
  for (var v of take(evens, 5000)) total += v;
  for (var w of walk(tree)) total += w;
  var [a, b, c] = range(7, 100);
  return total + a + b + c;
}
