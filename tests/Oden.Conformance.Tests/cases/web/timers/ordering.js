// Timers, immediates and microtasks: the order node runs them in, where that order does not depend on how
// fast the machine is (every step is scheduled from the previous one, or ordered by due time).
var log = [];
function say(x) { log.push(x); }

setTimeout(function (a, b) {
  say('args ' + a + ' ' + b);
  Promise.resolve().then(function () { say('microtask after the first timeout'); });
  queueMicrotask(function () { say('queueMicrotask after the first timeout'); });
  setImmediate(function () { say('immediate from a timeout'); });
  setTimeout(second, 0);
}, 5, 'x', 'y');

var cancelled = setTimeout(function () { say('never'); }, 1);
clearTimeout(cancelled);
var cancelledImmediate = setImmediate(function () { say('never immediate'); });
clearImmediate(cancelledImmediate);

Promise.resolve().then(function () { say('microtask 1'); });
queueMicrotask(function () { say('queueMicrotask 1'); });
say('sync');

function second() {
  say('timeout 0 from a timeout');
  setTimeout(function () { say('due later (20)'); }, 20);
  setTimeout(function () { say('due first (10)'); }, 10);
  setTimeout(function () { say('same delay, first'); }, 15);
  setTimeout(function () { say('same delay, second'); }, 15);
  setTimeout(third, 40);
}

function third() {
  var n = 0;
  var interval = setInterval(function () {
    n++;
    say('interval ' + n);
    if (n === 3) {
      clearInterval(interval);
      setTimeout(report, 1);
    }
  }, 5);
}

function report() {
  console.log(log.join('\n'));
  console.log(typeof setTimeout, typeof clearTimeout, typeof setInterval, typeof clearInterval);
  console.log(typeof setImmediate, typeof clearImmediate, typeof queueMicrotask);
  console.log(queueMicrotask.length);
  try { setTimeout('1 + 1', 1); } catch (e) { console.log('string callback:', e instanceof TypeError); }
  try { queueMicrotask(42); } catch (e) { console.log('queueMicrotask(42):', e instanceof TypeError); }
  clearTimeout(undefined);
  clearTimeout(12345);
  clearInterval(null);
  console.log('clear of unknown ids is quiet');
}
