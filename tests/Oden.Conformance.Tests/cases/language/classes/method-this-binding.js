class Counter {
  constructor() { this.n = 0; }
  inc() { this.n++; return this; }
  getThis() { return this; }
}
const c = new Counter();
console.log(c.inc().inc().n);
const inc = c.inc;
try { inc(); } catch (e) { console.log(e.constructor.name); }
const getThis = c.getThis;
console.log(getThis(), getThis.call(7), typeof getThis.call('s'));
const bound = c.inc.bind(c);
bound(); bound();
console.log(c.n);
console.log([1, 2].map(c.getThis, 'ctx').join());
class Handler { constructor() { this.name = 'h'; this.handle = () => this.name; } }
const h = new Handler();
const handle = h.handle;
console.log(handle());
