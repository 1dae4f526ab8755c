function F() { this.v = 1; }
F.prototype.fromF = 'F';
const other = function () {};
other.prototype = { fromOther: 'other' };
const o = Reflect.construct(F, [], other);
console.log(o.v, o.fromF, o.fromOther);
other.prototype = 5;
const o2 = Reflect.construct(F, [], other);
console.log(Object.getPrototypeOf(o2) === Object.prototype);
class K { constructor() { this.k = 1; } }
const o3 = Reflect.construct(K, [], other);
console.log(o3.k, Object.getPrototypeOf(o3) === Object.prototype);
let reads = 0;
const proxy = new Proxy(function () {}, { get(t, key) { if (key === 'prototype') reads++; return Reflect.get(t, key); } });
Reflect.construct(K, [], proxy);
Reflect.construct(F, [], proxy);
console.log(reads);
class D extends K {}
const o4 = Reflect.construct(D, [], other);
console.log(o4.k, o4 instanceof K, Object.getPrototypeOf(o4) === Object.prototype);
