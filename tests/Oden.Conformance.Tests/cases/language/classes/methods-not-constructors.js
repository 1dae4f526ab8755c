class A {
  m() { return 1; }
  static s() { return 2; }
  get g() { return 3; }
}
const desc = Object.getOwnPropertyDescriptor(A.prototype, 'g');
for (const pair of [['method', A.prototype.m], ['static', A.s], ['getter', desc.get]]) {
  const label = pair[0], f = pair[1];
  console.log(label, 'prototype' in f, f.hasOwnProperty('prototype'));
  try { new f(); console.log(label, 'constructed'); }
  catch (e) { console.log(label, e.constructor.name); }
}
const obj = { m() {}, get x() { return 1; } };
try { new obj.m(); } catch (e) { console.log('object method', e.constructor.name); }
console.log('prototype' in A, A.hasOwnProperty('prototype'));
console.log(A.prototype.m.name, A.s.name, desc.get.name);
console.log(A.prototype.m.length, A.s.length);
