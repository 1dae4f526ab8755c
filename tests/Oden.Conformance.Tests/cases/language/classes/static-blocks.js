const log = [];
class A {
  static x = 1;
  static {
    log.push('block1 x=' + this.x);
    this.y = this.x + 1;
    var local = 'local';
    log.push(typeof local);
  }
  static z = this.y + 1;
  static {
    log.push('block2 z=' + A.z);
    try { A.nope.nope; } catch (e) { log.push(e.constructor.name); }
  }
}
console.log(log.join(' | '), A.y, A.z, typeof local);
class B extends A {
  static { this.fromSuper = super.x + 100; }
}
console.log(B.fromSuper);
let captured;
class D {
  static { captured = () => D; }
  static { const inner = function () { return this; }; this.innerThis = inner(); }
}
console.log(captured() === D, D.innerThis);
try { class E { static { throw new SyntaxError('from block'); } } } catch (e) { console.log(e.constructor.name, e.message); }
