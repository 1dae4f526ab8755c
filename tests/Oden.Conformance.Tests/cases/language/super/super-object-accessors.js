const base = {
  _n: 1,
  get n() { return this._n; },
  set n(v) { this._n = v; },
  describe() { return 'base ' + this.n; },
};
const derived = {
  __proto__: base,
  get n() { return super.n * 100; },
  set n(v) { super.n = v + 1; },
  describe() { return 'derived > ' + super.describe(); },
  [Symbol.toPrimitive]() { return super.describe(); },
};
console.log(derived.n);
derived.n = 4;
console.log(derived._n, base._n, derived.n);
console.log(derived.describe(), `${derived}`);
const copy = Object.assign({}, { m: derived.describe });
console.log(copy.m.call({ n: 'fake' }));
const nested = { outer() { const inner = { m() { return super.tag; } }; Object.setPrototypeOf(inner, { tag: 'inner-proto' }); return inner.m() + ' ' + super.tag; } };
Object.setPrototypeOf(nested, { tag: 'outer-proto' });
console.log(nested.outer());
