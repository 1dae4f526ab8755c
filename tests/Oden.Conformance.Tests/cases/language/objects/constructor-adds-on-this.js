// Constructors adding their fields with `this.x = ...` (the cached add runs inline there): the cache must
// give way when the prototype chain gains a setter or a read-only property for a field, when the object
// is not extensible, and when the chain or the order of adds differs.
function Point(x, y) { this.x = x; this.y = y; this.sum = x + y; }
const made = [];
for (let i = 0; i < 5; i++) made.push(new Point(i, i * 2));
console.log(JSON.stringify(made));
Object.defineProperty(Point.prototype, 'sum', { set(v) { this._sum = v * 10; }, get() { return this._sum; }, configurable: true });
const withSetter = new Point(1, 2);
console.log(JSON.stringify(withSetter), withSetter.sum, Object.keys(withSetter).join(','));
delete Point.prototype.sum;
Object.defineProperty(Object.prototype, 'y', { value: 'ro', writable: false, configurable: true });
const readOnly = new Point(3, 4);
console.log(JSON.stringify(readOnly), readOnly.y, Object.hasOwn(readOnly, 'y'));
delete Object.prototype.y;
function Sealed(x) { Object.preventExtensions(this); this.x = x; this.y = 1; }
Sealed.prototype = Point.prototype;
try { console.log(JSON.stringify(new Sealed(5))); } catch (e) { console.log(e.name); }
function StrictSealed(x) { 'use strict'; Object.preventExtensions(this); this.x = x; }
try { new StrictSealed(6); } catch (e) { console.log('strict', e.name); }
class Base { constructor(v) { this.v = v; this.w = v * 2; } }
class Derived extends Base { constructor(v) { super(v); this.extra = this.v + this.w; } }
const objs = [new Base(1), new Derived(2), new Base(3), new Derived(4)];
console.log(JSON.stringify(objs));
Object.defineProperty(Base.prototype, 'w', { set(v) { this.setW = v; }, configurable: true });
console.log(JSON.stringify([new Base(5), new Derived(6)]));
const other = Object.create(null);
Point.call(other, 7, 8);
console.log(JSON.stringify(other), Object.getPrototypeOf(other));
console.log(JSON.stringify(new Point(9, 10)), JSON.stringify(made[0]));
