class ReturnsObject { constructor() { this.a = 1; return { replaced: true }; } }
const r = new ReturnsObject();
console.log(JSON.stringify(r), r instanceof ReturnsObject);
class ReturnsPrimitive { constructor() { this.a = 1; return 42; } }
console.log(JSON.stringify(new ReturnsPrimitive()));
class ReturnsThis { constructor() { return this; } }
console.log(new ReturnsThis() instanceof ReturnsThis);
class Parent { constructor() { return { fromParent: true }; } }
class Child extends Parent { constructor() { super(); this.child = true; } }
const c = new Child();
console.log(JSON.stringify(c), c instanceof Child, c instanceof Parent);
class ChildReturns extends Parent { constructor() { super(); return { own: 1 }; } }
console.log(JSON.stringify(new ChildReturns()));
class ReturnsFunction { constructor() { return function f() {}; } }
console.log(typeof new ReturnsFunction());
class DerivedUndefined extends Parent { constructor() { super(); return undefined; } }
console.log(JSON.stringify(new DerivedUndefined()));
class EarlyReturn extends Parent { constructor(flag) { super(); if (flag) return; this.late = true; } }
console.log(JSON.stringify(new EarlyReturn(true)), JSON.stringify(new EarlyReturn(false)));
class TryReturn extends Parent { constructor() { super(); try { return; } finally { this.fin = true; } } }
console.log(JSON.stringify(new TryReturn()));
