// Attributes of BigInt's properties.
function show(o, k) {
  const d = Object.getOwnPropertyDescriptor(o, k);
  console.log(String(k), typeof d.value, d.writable, d.enumerable, d.configurable);
}
show(BigInt, 'asIntN'); show(BigInt, 'asUintN'); show(BigInt, 'length'); show(BigInt, 'name');
show(BigInt.prototype, 'toString'); show(BigInt.prototype, 'valueOf'); show(BigInt.prototype, 'toLocaleString');
show(BigInt.prototype, 'constructor');
console.log(Object.keys(BigInt), Object.keys(BigInt.prototype));
console.log(typeof BigInt.prototype.toString.prototype, 'prototype' in BigInt.asIntN);
try { new BigInt.asIntN(1, 1n); } catch (e) { console.log(e.constructor.name); }
