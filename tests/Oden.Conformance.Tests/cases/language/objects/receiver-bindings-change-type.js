// Bindings used as the receiver of several property accesses, whose values change between objects of
// different shapes, primitives, null and functions: every access must see the binding's current value.
function walk(start) {
  let node = start;
  const seen = [];
  while (node) {
    seen.push(node.name + ':' + node.kind());
    node = node.next;
  }
  return seen.join(' ');
}
function Item(name, next) { this.name = name; this.next = next; }
Item.prototype.kind = function () { return 'item'; };
const fn = function namedFn() {};
fn.kind = () => 'function';
fn.next = 'str';
String.prototype.kind = function () { return 'string ' + this.length; };
console.log(walk(new Item('a', { name: 'b', kind: () => 'literal', next: new Item('c', fn) })));

function reassign(p) {
  const out = [];
  out.push(p.length, p.x);
  p = { x: 1, length: 2 };
  out.push(p.length, p.x);
  p = 'text';
  out.push(p.length, p.x, p.toUpperCase());
  p = 42;
  out.push(p.x, p.toFixed(1));
  [p] = [{ x: 'destructured' }];
  out.push(p.x, p.y);
  ({ p } = { p: { x: 'object pattern' } });
  out.push(p.x);
  for (p of [{ x: 'of1' }, 'of2', { x: 'of3' }]) out.push(p.x, p.length);
  try { throw { x: 'thrown' }; } catch (e) { p = e; }
  out.push(p.x);
  p = null;
  try { out.push(p.x); } catch (e) { out.push(e.constructor.name); }
  try { p.x = 1; } catch (e) { out.push(e.constructor.name); }
  try { p.m(); } catch (e) { out.push(e.constructor.name); }
  return out.join(',');
}
console.log(reassign([1, 2, 3]));
console.log(reassign('abc'));

// `this` in sloppy and strict functions called on primitives, and changed by nothing.
function sloppyThis() { return [typeof this, this.length, this.x, this.constructor.name].join(','); }
function strictThis() { 'use strict'; return [typeof this, this.length, this.x, this.constructor.name].join(','); }
console.log(sloppyThis.call('ab'), sloppyThis.call(5), sloppyThis.call({ x: 1 }));
console.log(strictThis.call('ab'), strictThis.call(5), strictThis.call({ x: 1 }));

// Writes through a binding that changes between an extensible object, a frozen one and a primitive.
function writeAll(targets) {
  'use strict';
  const results = [];
  let t;
  for (let i = 0; i < targets.length; i++) {
    t = targets[i];
    try { t.v = i; t.w = i * 2; results.push(t.v + '/' + t.w); } catch (e) { results.push(e.constructor.name); }
  }
  return results.join(' ');
}
console.log(writeAll([{}, { v: 0 }, Object.freeze({ v: 9 }), 'str', {}, Object.preventExtensions({ v: 1 })]));

// A binding captured by a closure keeps working (closures may change it between accesses).
function captured() {
  let o = { a: 1 };
  const swap = () => { o = { a: 2, b: 3 }; };
  const first = o.a;
  swap();
  return [first, o.a, o.b].join(',');
}
console.log(captured());

// Class methods: `this` is the instance; a getter reached through it, and a method that replaces itself.
class Counter {
  constructor() { this.n = 0; }
  get double() { return this.n * 2; }
  step() { this.n++; this.n += 1; return this.double + this.n; }
  swap() { this.step = () => 'replaced'; return this.step(); }
}
const c = new Counter();
console.log(c.step(), c.step(), c.swap(), c.step());
