function tryIt(label, f) {
  try { const r = f(); console.log(label, 'ok', typeof r); } catch (e) { console.log(label, e.constructor.name); }
}
class A { constructor() { this.a = 1; } }
tryIt('this before super', () => new (class extends A { constructor() { this.x = 1; super(); } })());
tryIt('super twice', () => new (class extends A { constructor() { super(); super(); } })());
tryIt('no super', () => new (class extends A { constructor() {} })());
tryIt('return undefined without super', () => new (class extends A { constructor() { return; } })());
tryIt('return object without super', () => new (class extends A { constructor() { return {}; } })());
tryIt('return number', () => new (class extends A { constructor() { super(); return 1; } })());
tryIt('return null', () => new (class extends A { constructor() { super(); return null; } })());
tryIt('base returns number', () => new (class { constructor() { return 1; } })());
tryIt('arrow this before super', () => new (class extends A { constructor() { const f = () => this; f(); super(); } })());
tryIt('super in arrow twice', () => new (class extends A { constructor() { const f = () => super(); f(); f(); } })());
let ran = 0;
class Counting { constructor() { ran++; } }
tryIt('second super still runs parent', () => new (class extends Counting { constructor() { super(); try { super(); } catch (e) { } } })());
console.log('ran', ran);
tryIt('super.x before super()', () => new (class extends A { constructor() { super.x; super(); } })());
tryIt('extends null', () => new (class extends null {})());
tryIt('extends null with return', () => new (class extends null { constructor() { return Object.create(null); } })());
