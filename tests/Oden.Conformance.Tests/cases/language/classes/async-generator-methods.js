class Source {
  constructor(n) { this.n = n; }
  *[Symbol.iterator]() { for (let i = 0; i < this.n; i++) yield i; }
  async total() { let t = 0; for (const x of this) t += await x; return t; }
  static *range(a, b) { while (a < b) yield a++; }
  async *stream() { for (const x of this) yield x * 10; }
}
class Doubled extends Source {
  *[Symbol.iterator]() { for (const x of super[Symbol.iterator]()) yield x * 2; }
  async total() { return 'doubled ' + await super.total(); }
}
console.log(Array.from(new Source(3)).join(), Array.from(new Doubled(3)).join(), Array.from(Source.range(2, 5)).join());
new Source(4).total().then(v => console.log('total', v));
new Doubled(4).total().then(v => console.log(v));
(async () => { const out = []; for await (const x of new Doubled(2).stream()) out.push(x); console.log('stream', out.join()); })();
console.log(typeof Source.prototype.total, Object.getPrototypeOf(Source.range).constructor.name);
