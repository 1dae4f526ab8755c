class A { static get name() { return 'dynamic'; } }
console.log(A.name, typeof Object.getOwnPropertyDescriptor(A, 'name').get);
class B { static name = 'field name'; }
console.log(B.name);
const C = class { static get name() { return 'from getter'; } };
console.log(C.name);
class D { static length = 42; }
console.log(D.length);
class E { constructor(a, b) {} static get length() { return 'getter length'; } }
console.log(E.length);
const anonymous = [class {}][0];
console.log(JSON.stringify(anonymous.name), Object.getOwnPropertyNames(anonymous).join());
let assigned;
assigned = class { static who() { return this.name; } };
console.log(assigned.who());
const obj = { prop: class {} };
console.log(obj.prop.name);
