class A {
  m() {}
  get g() { return 1; }
  set s(v) {}
  static sm() {}
  static get sg() { return 2; }
}
function show(o, k) {
  const d = Object.getOwnPropertyDescriptor(o, k);
  console.log(k, JSON.stringify({ e: d.enumerable, c: d.configurable, w: d.writable, get: typeof d.get, set: typeof d.set, value: typeof d.value }));
}
show(A.prototype, 'm');
show(A.prototype, 'g');
show(A.prototype, 's');
show(A.prototype, 'constructor');
show(A, 'sm');
show(A, 'sg');
show(A, 'prototype');
show(A, 'name');
show(A, 'length');
const keys = [];
for (const k in new A()) keys.push(k);
for (const k in A) keys.push(k);
console.log(JSON.stringify(keys));
console.log(JSON.stringify(Object.keys(A.prototype)));
