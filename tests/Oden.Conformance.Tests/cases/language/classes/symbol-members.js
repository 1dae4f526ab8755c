class Range {
  constructor(from, to) { this.from = from; this.to = to; }
  [Symbol.iterator]() {
    let i = this.from; const to = this.to;
    return { next: () => (i <= to ? { value: i++, done: false } : { value: undefined, done: true }) };
  }
  get [Symbol.toStringTag]() { return 'Range'; }
  [Symbol.toPrimitive](hint) { return hint === 'number' ? this.to - this.from : `${this.from}..${this.to}`; }
  static [Symbol.for('factory')]() { return new Range(0, 2); }
}
const r = new Range(1, 4);
const out = [];
for (const x of r) out.push(x);
console.log(out.join(), Object.prototype.toString.call(r), `${r}`, +r, r + '');
console.log(Array.from(Range[Symbol.for('factory')]()).join());
console.log(Object.getOwnPropertySymbols(Range.prototype).length, Object.getOwnPropertySymbols(Range).length);
console.log(Range.prototype[Symbol.iterator].name, Range[Symbol.for('factory')].name);
const hidden = Symbol();
class H { [hidden]() { return 'h'; } }
console.log(JSON.stringify(H.prototype[hidden].name), new H()[hidden]());
