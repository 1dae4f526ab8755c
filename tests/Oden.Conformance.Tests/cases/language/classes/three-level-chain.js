class A { constructor(v) { this.a = v; } who() { return 'A'; } static kind() { return 'kindA'; } }
class B extends A { constructor(v) { super(v + 1); this.b = v; } who() { return 'B' + super.who(); } }
class C extends B { constructor() { super(10); this.c = true; } who() { return 'C' + super.who(); } static kind() { return 'C>' + super.kind(); } }
const c = new C();
console.log(JSON.stringify(c), c.who(), C.kind());
console.log(Object.getPrototypeOf(C) === B, Object.getPrototypeOf(B) === A, Object.getPrototypeOf(A) === Function.prototype);
console.log(Object.getPrototypeOf(C.prototype) === B.prototype, Object.getPrototypeOf(B.prototype) === A.prototype);
console.log(c instanceof A, c instanceof B, c instanceof C, A.prototype.isPrototypeOf(c));
console.log(c.constructor.name, Object.getPrototypeOf(Object.getPrototypeOf(c)).constructor.name);
console.log(B.kind(), C.hasOwnProperty('kind'), B.hasOwnProperty('kind'));
const names = [];
for (let p = c; p; p = Object.getPrototypeOf(p)) names.push(p.constructor.name);
console.log(names.join('>'));
