// Calls of names resolved through `with` (this = the with object) or beside a sloppy eval, with
// await/yield in the arguments: the callee is read before the suspension and keeps its this.
const log = [];
function show(label) { console.log(label + ': ' + log.join(', ')); log.length = 0; }
const o = {
  get m() { log.push('get m'); return function (a, b) { log.push('call ' + a + ',' + b + ' this=o:' + (this === o)); }; },
};

function* g() {
  with (o) {
    m(yield 'first', 2);
    m(1, yield 'second');
  }
}
const it = g();
log.push('next ' + it.next().value);
log.push('next ' + it.next('A').value);
it.next('B');
show('generator');

async function f() {
  with (o) { m(await 'x', await 'y'); }
  show('async with');
  eval('function e(a) { log.push("e " + a + " this:" + typeof this); }');
  e(await 'z');
  show('async eval-declared');
  const local = function (a) { log.push('local ' + a + ' this:' + typeof this); };
  with (o) { local(await 'w'); }
  show('async with, name not on the object');
}
f();
