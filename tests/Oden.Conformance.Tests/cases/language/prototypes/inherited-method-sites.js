// Method call sites whose method sits two or more prototypes up (a base class's method on a subclass
// instance) or that see several receiver shapes: the cached entries must notice a method shadowed in the
// middle of the chain, replaced by a getter or a non-function, deleted, or a prototype swapped.
class Base {
  describe() { return 'base:' + this.kind; }
  twice(x) { return x * 2; }
}
class Middle extends Base {}
class Leaf extends Middle { constructor(kind) { super(); this.kind = kind; } }
class Other extends Base { constructor() { super(); this.kind = 'other'; this.extra = 1; } }
class Third extends Middle { constructor() { super(); this.kind = 'third'; this.a = 1; this.b = 2; } }

function callAll(list) {
  var out = [];
  for (var i = 0; i < list.length; i++) {
    try {
      out.push(list[i].describe() + '/' + list[i].twice(i));
    } catch (e) {
      out.push(e.name);
    }
  }
  return out.join(' ');
}

var leaf = new Leaf('leaf');
var list = [leaf, new Other(), new Third(), new Leaf('leaf2')];
for (var round = 0; round < 3; round++) console.log('start', callAll(list));

Middle.prototype.describe = function () { return 'middle:' + this.kind; };
console.log('shadowed in the middle', callAll(list));

delete Middle.prototype.describe;
console.log('deleted again', callAll(list));

Object.defineProperty(Base.prototype, 'twice', { get: function () { var k = this.kind; return function (x) { return k + x; }; }, configurable: true });
console.log('getter', callAll(list));

Object.defineProperty(Base.prototype, 'twice', { value: 42, writable: true, configurable: true });
console.log('not a function', callAll(list));

Base.prototype.twice = function (x) { return x * 3; };
console.log('restored', callAll(list));

Object.setPrototypeOf(Middle.prototype, { describe: function () { return 'swapped:' + this.kind; }, twice: function (x) { return -x; } });
console.log('prototype swapped', callAll(list));

leaf.describe = function () { return 'own'; };
console.log('own method', callAll(list));

// Methods of the built-in prototypes two levels up (lazy slots on Object.prototype).
class Plain {}
class Sub extends Plain {}
var subs = [new Sub(), new Plain(), new Sub()];
var parts = [];
for (var k = 0; k < 3; k++) {
  for (var j = 0; j < subs.length; j++) parts.push(subs[j].hasOwnProperty('x') + ':' + subs[j].toString());
}
console.log(parts.join(' '));
Plain.prototype.toString = function () { return 'plain'; };
console.log(subs.map(function (s) { return s.toString(); }).join(' '));

// Arrays and functions (depth 2: Array.prototype / Function.prototype, then Object.prototype).
var receivers = [[1, 2], function f() {}, new Map(), /x/, new Leaf('l')];
for (var r = 0; r < 2; r++) {
  console.log(receivers.map(function (x) { return typeof x.valueOf() + ' ' + x.propertyIsEnumerable('length'); }).join(', '));
}
