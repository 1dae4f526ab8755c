// An await or yield inside a direct eval's arguments, or inside a super[key] key, is spilled like any
// other suspension: the callee (eval, super's base) is read first, and the call keeps its this.
var log = [];

async function evalAwait(x) {
  var local = 5;
  var r1 = eval(await x) + 1;
  var r2 = eval('local += 1; local') + (await Promise.resolve(100));
  return [r1, r2, local];
}

function* evalYield() {
  var v = 3;
  var r = eval(yield 'code?');
  return r + v;
}

class Base {
  m(a) { log.push('Base.m(' + a + ') this=' + this.tag); return 'm' + a; }
  get g() { return 'getter:' + this.tag; }
}
Base.prototype.slot = 'base-slot';

class Derived extends Base {
  constructor() { super(); this.tag = 'D'; }
  async callComputed(k, a) { return super[await k](await a); }
  async readComputed(k) { return super[await k]; }
  async writeComputed(k, v) { super[await k] = await v; return this[await k]; }
  *yieldKey() { return super[yield 'key?'](yield 'arg?'); }
}

async function main() {
  console.log(JSON.stringify(await evalAwait(Promise.resolve('local * 10'))));

  var g = evalYield();
  console.log(JSON.stringify(g.next()));
  console.log(JSON.stringify(g.next('v * 7')));

  var d = new Derived();
  console.log(await d.callComputed(Promise.resolve('m'), Promise.resolve(1)));
  console.log(await d.readComputed(Promise.resolve('g')));
  console.log(await d.writeComputed(Promise.resolve('slot'), Promise.resolve('written')));
  console.log(Base.prototype.slot, d.hasOwnProperty('slot'));

  var y = d.yieldKey();
  console.log(JSON.stringify(y.next()));
  console.log(JSON.stringify(y.next('m')));
  console.log(JSON.stringify(y.next(2)));
  console.log(log.join('; '));

  try {
    await d.callComputed(Promise.resolve('missing'), 0);
  } catch (e) {
    console.log(e instanceof TypeError, e.name);
  }
}

main();
