// Optional calls pass the right this: the receiver of the member before the ?.()
const counter = {
  n: 0,
  inc() { this.n++; return this; },
  get self() { return this; },
};
counter.inc?.();
counter?.inc();
counter?.['inc']?.();
console.log(counter.n);
const nested = { inner: counter };
nested.inner.inc?.().inc?.();
console.log(counter.n);
const unbound = counter.inc;
try { unbound?.(); } catch (e) { console.log('unbound this', e.constructor.name); }
console.log((counter?.inc)().n);
const sloppyThis = function () { return this === globalThis; };
const holder = { f: sloppyThis };
console.log(holder.f?.(), sloppyThis?.());
console.log(counter.self?.n === counter.n);
