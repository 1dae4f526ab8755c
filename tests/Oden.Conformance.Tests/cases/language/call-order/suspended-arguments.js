// A method call whose arguments contain await or yield: the method is read before the suspension.
const log = [];
function show(label) { console.log(label + ': ' + log.join(', ')); log.length = 0; }

const o = {
  get m() { log.push('get m'); return function (a, b) { log.push('call ' + a + ',' + b + ' this=o:' + (this === o)); return a; }; },
};

function* gen() {
  o.m(yield 'first', 2);
  o['m'](1, yield 'second');
  const k = { toString() { log.push('key'); return 'm'; } };
  o[k](yield 'third');
}
const it = gen();
log.push('next ' + it.next().value);
log.push('next ' + it.next('A').value);
log.push('next ' + it.next('B').value);
it.next('C');
show('generator');

class Base { get m() { log.push('get Base#m'); return function (a) { log.push('m ' + a + ' this=instance:' + (this instanceof Sub)); }; } }
class Sub extends Base {
  async run() {
    super.m(await 'awaited');
    super['m'](await 'again');
  }
}

async function main() {
  const p = o.m(await Promise.resolve('x'), 'y');
  log.push('result ' + p);
  const replaced = { m() { log.push('original'); } };
  replaced.m(await (replaced.m = () => log.push('replacement'), 1));
  show('async function');
  await new Sub().run();
  show('async method with super');
  const proxy = new Proxy({ m(a) { log.push('m ' + a); } }, { get(t, k) { log.push('trap ' + String(k)); return t[k]; } });
  proxy.m(await 'p');
  show('proxy');
}
main();

// Suspensions in the receiver, the key and spread or many arguments.
async function more() {
  (await o).m(await 1);
  const k = { toString() { log.push('key'); return 'm'; } };
  o[await k](await 2);
  o[k](...(await [3]));
  o.m(1, 2, 3, await 4, 5);
  show('receiver, key, spread, many');
}
setTimeout(more, 0);
