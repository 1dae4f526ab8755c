class A {
  greet(x) { return 'A:' + x + ':' + this.tag; }
  static make() { return 'A.make ' + this.name; }
  get value() { return 'A.value/' + this.tag; }
}
class B extends A {
  constructor() { super(); this.tag = 'b'; }
  greet(x) { return 'B>' + super.greet(x + 1); }
  static make() { return 'B>' + super.make(); }
  get value() { return 'B>' + super.value; }
  viaArrow() { const f = () => super.greet('arrow'); return f(); }
  computed(k) { return super[k]('c'); }
}
const b = new B();
console.log(b.greet(1));
console.log(B.make());
console.log(b.value);
console.log(b.viaArrow());
console.log(b.computed('greet'));
class C extends B { greet(x) { return 'C>' + super.greet(x); } }
const c = new C();
console.log(c.greet(10), c.tag);
const detached = B.prototype.greet;
console.log(detached.call({ tag: 'other' }, 0));
