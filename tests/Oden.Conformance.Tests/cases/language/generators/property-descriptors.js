// attributes of the generator-related properties
function* g(a, b) {}
function show(o, k) {
  const d = Object.getOwnPropertyDescriptor(o, k);
  console.log(String(k), d.writable, d.enumerable, d.configurable);
}
show(g, 'prototype');
show(g, 'length');
show(g, 'name');
const GFP = Object.getPrototypeOf(g);
show(GFP, 'constructor');
show(GFP, 'prototype');
show(GFP, Symbol.toStringTag);
show(GFP.prototype, 'constructor');
show(GFP.prototype, 'next');
show(GFP.prototype, Symbol.toStringTag);
show(GFP.constructor, 'prototype');
console.log(g.length, g.name);
