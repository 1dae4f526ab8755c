// A site keeps the first own-data and the first prototype-method entry it learned as shortcuts while its
// cache moves on to polymorphic and megamorphic: those entries must stay right for their shapes, and every
// other receiver must still take the full lookup (writes included, and read-only or lazy slots).
function P(x) { this.x = x; }
P.prototype.m = function () { return 'P.m ' + this.x; };
function Q(x) { this.y = 0; this.x = x; }
Q.prototype.m = function () { return 'Q.m ' + this.x; };
const shapes = [new P(1), new Q(2), { x: 3 }, { a: 1, x: 4 }, { b: 1, x: 5, m() { return 'own m'; } },
  { c: 1, x: 6 }, { d: 1, x: 7 }, Object.create(P.prototype, { x: { value: 8, writable: false } })];
function readX(o) { return o.x; }
function writeX(o, v) { 'use strict'; try { o.x = v; return 'ok'; } catch (e) { return e.constructor.name; } }
function callM(o) { try { return o.m(); } catch (e) { return e.constructor.name; } }
for (let round = 0; round < 3; round++) {
  console.log(shapes.map(readX).join(','));
  console.log(shapes.map((o, i) => writeX(o, i * 10 + round)).join(','));
  console.log(shapes.map(callM).join(' | '));
}
// The first receiver's class changes its method, adds to its prototype, and the object shadows it.
P.prototype.m = function () { return 'P.m2 ' + this.x; };
console.log(callM(shapes[0]));
P.prototype.extra = 1;
console.log(callM(shapes[0]), callM(shapes[7]));
shapes[0].m = function () { return 'shadow'; };
console.log(callM(shapes[0]), callM(new P(9)));
delete P.prototype.m;
console.log(callM(new P(10)), callM(shapes[0]));
// A frozen object of the first shape: the write shortcut was learned on a writable one.
const frozen = Object.freeze(new P(11));
console.log(writeX(frozen, 1), readX(frozen), writeX(new P(12), 2));
// Function objects: `prototype` starts lazy, then is read and written through one site each.
function F() {}
function G() {}
const fs = [F, G, function H() {}];
function readProto(f) { return typeof f.prototype + ':' + (f.prototype && f.prototype.constructor === f); }
console.log(fs.map(readProto).join(','));
function setProto(f, v) { f.prototype = v; }
setProto(F, { tag: 'f' });
setProto(G, { tag: 'g' });
console.log(fs.map((f) => f.prototype.tag).join(','), readProto(F));
// Strings: the String.prototype method shortcut, then a string wrapper and an own method.
function up(s) { return s.toUpperCase(); }
console.log(up('ab'), up(new String('cd')), up({ toUpperCase() { return 'own'; } }), up('ef'));
String.prototype.toUpperCase = function () { return 'patched ' + this; };
console.log(up('gh'));
