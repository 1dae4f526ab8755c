function f(a, b) { return a + b; }
var g = function named (x) { /* c */ return x; };
var h = (a) => a * 2;
var k = x=>x;
var o = { m(a) { return a; }, get x() { return 1; }, set x(v) {}, ['comp' + 1]() {}, n: function () {} };
console.log(f.toString());
console.log(String(g));
console.log('' + h, k.toString());
console.log(o.m.toString());
var d = Object.getOwnPropertyDescriptor(o, 'x');
console.log(d.get.toString(), '|', d.set.toString());
console.log(o.comp1.toString(), '|', o.n.toString());
console.log(f.bind(null).toString());
console.log(Math.max.toString());
console.log(Function.prototype.toString.call(function () { return 'é\u00e9😀'; }));
function outer() { return function inner() { return 1; }; }
console.log(outer().toString());
try { Function.prototype.toString.call({}); } catch (e) { console.log(e.name); }
console.log(new Proxy(f, {}).toString());
var nested = {
  list: [function () {
    return 'in array';
  }],
  arrowInCall: [1].map(function (v) { return v; }),
};
console.log(nested.list[0].toString());
console.log((function () { return () => {}; })().toString());
console.log(String(Object.getOwnPropertyDescriptor({ get 'quoted key'() { return 1; } }, 'quoted key').get));
console.log(Function.prototype.toString.call(Function.prototype));
console.log(Function.prototype.toString.call(Object.getOwnPropertyDescriptor(Array, Symbol.species).get));
console.log(Function.prototype.toString.call(Symbol.prototype[Symbol.toPrimitive]));
