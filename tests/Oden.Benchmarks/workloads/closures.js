// Closures: counters, adders and composed functions created and called in loops.
function makeCounter() {
  var count = 0;
  return function () { count++; return count; };
}

function makeAdder(n) {
  return function (x) { return x + n; };
}

function compose(f, g) {
  return function (x) { return f(g(x)); };
}

function run() {
  var total = 0;
  for (var i = 0; i < 2000; i++) {
    var c = makeCounter();
    var add = compose(makeAdder(i), makeAdder(1));
    for (var k = 0; k < 50; k++) {
      total += add(c());
    }
  }
  return total;
}
