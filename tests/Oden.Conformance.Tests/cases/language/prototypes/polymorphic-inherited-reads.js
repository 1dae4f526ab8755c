// One read site over receivers of several classes: own fields, methods inherited from one, two and three
// levels up, getters on the receiver, its prototype and further up; then the prototypes change under it.
class Base {
  constructor(v) { this.v = v; }
  get doubled() { return this.v * 2; }
  kind() { return 'base'; }
  deep() { return 'deep:' + this.v; }
}
class Mid extends Base { kind() { return 'mid'; } }
class Leaf extends Mid { get doubled() { return -this.v; } }
class Other extends Base { constructor(v) { super(v); this.extra = true; } }
const own = new Base(7);
Object.defineProperty(own, 'doubled', { get() { return 'own getter'; } });
const items = [new Base(1), new Mid(2), new Leaf(3), new Other(4), own, { v: 5, doubled: 'data', kind: () => 'literal', deep: () => 'lit' }];
function read(x) { return [x.v, x.doubled, x.kind(), x.deep()].join(','); }
for (let round = 0; round < 3; round++) {
  console.log(items.map(read).join(' | '));
}
// Changing a prototype after the sites have cached it.
Base.prototype.deep = function () { return 'patched:' + this.v; };
Mid.prototype.deep = function () { return 'mid-deep'; };
Object.defineProperty(Base.prototype, 'doubled', { get() { return 'base getter 2'; }, configurable: true });
console.log(items.map(read).join(' | '));
delete Mid.prototype.kind;
Object.setPrototypeOf(Other.prototype, Mid.prototype);
console.log(items.map(read).join(' | '));
// A getter that throws, and one that is removed.
Object.defineProperty(Leaf.prototype, 'doubled', { get() { throw new RangeError('no'); }, configurable: true });
try { read(items[2]); } catch (e) { console.log(e.constructor.name); }
delete Leaf.prototype.doubled;
console.log(read(items[2]));
