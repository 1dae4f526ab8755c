class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  add(o) { return new Vec(this.x + o.x, this.y + o.y); }
  get len() { return Math.sqrt(this.x * this.x + this.y * this.y); }
}
class Vec3 extends Vec {
  constructor(x, y, z) { super(x, y); this.z = z; }
  add(o) { const v = super.add(o); return new Vec3(v.x, v.y, this.z + (o.z || 0)); }
}
let acc = new Vec(0, 0);
for (let i = 0; i < 2000; i++) acc = acc.add(new Vec(i, 1));
console.log(acc.x, acc.y, Math.round(acc.len));
let acc3 = new Vec3(0, 0, 0);
for (let i = 0; i < 1000; i++) acc3 = acc3.add(i % 2 ? new Vec3(1, 1, 1) : new Vec(2, 2));
console.log(acc3.x, acc3.y, acc3.z);
const mixed = [];
for (let i = 0; i < 50; i++) mixed.push(i % 3 === 0 ? new Vec3(i, i, i) : new Vec(i, -i));
let sum = 0;
for (const v of mixed) sum += v.x + v.y + (v.z || 0);
console.log(sum);
const late = new Vec(1, 1);
late.extra = 5;
Vec.prototype.len2 = function () { return this.x * this.x + this.y * this.y; };
console.log(late.len2(), new Vec3(1, 2, 3).len2());
