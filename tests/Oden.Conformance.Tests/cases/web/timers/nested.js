// Timers scheduled from timers, immediates from immediates, and a chain of promises between them.
var out = [];
setImmediate(function () {
  out.push('immediate 1');
  setImmediate(function () { out.push('immediate 3 (next turn)'); chain(0); });
});
setImmediate(function () { out.push('immediate 2'); });

function chain(i) {
  if (i === 3) {
    setTimeout(done, 5);
    return;
  }
  setTimeout(function () {
    out.push('step ' + i);
    Promise.resolve(i).then(function (v) { out.push('then ' + v); chain(v + 1); });
  }, 20);
}

function done() {
  var t = 0;
  var start = Date.now();
  setTimeout(function () {
    t = Date.now() - start;
    out.push('waited at least 25ms: ' + (t >= 24));
    console.log(out.join('\n'));
  }, 25);
}
