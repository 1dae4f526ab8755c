// Async: an async loop awaiting resolved promises and values, async functions calling async functions,
// and Promise.all over a batch. run() returns a promise; the harness drains the job queue and reads it.
async function square(x) {
  return x * x;
}

async function sumSquares(n) {
  var total = 0;
  for (var i = 0; i < n; i++) {
    total += await square(i);
  }
  return total;
}

async function mixed(n) {
  var total = 0;
  for (var i = 0; i < n; i++) {
    total += await i;                       // a plain value
    total += await Promise.resolve(i & 7);  // an already resolved native promise
  }
  return total;
}

async function batches(n) {
  var total = 0;
  for (var b = 0; b < n; b++) {
    var parts = [];
    for (var k = 0; k < 10; k++) parts.push(square(b + k));
    var values = await Promise.all(parts);
    for (var j = 0; j < values.length; j++) total += values[j] % 1000;
  }
  return total;
}

async function run() {
  var a = await sumSquares(2000);
  var b = await mixed(2000);
  var c = await batches(200);
  return a + b + c;
}
