var o = {
  a: 1,
  get sum() { return this.a + (this.b || 0); },
  set both(v) { this.a = v; this.b = v; return 'ignored'; }
};
var r = (o.both = 7);
console.log(r, o.sum);
var other = Object.create(o);
other.a = 100;
console.log(other.sum);
