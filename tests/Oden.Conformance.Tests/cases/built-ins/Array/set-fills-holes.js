// Index stores into the holes of `new Array(n)` and other holey arrays: a plain array gets the values
// (in any order, up to the length, beyond it the length grows), while a setter or a read-only element on a
// prototype, a non-extensible array and a Proxy on the chain keep the spec's [[Set]] behaviour.
// (describe builds a string, not an array: the prototypes below get indexed properties.)
function describe(a) {
  var out = '';
  for (var i = 0; i < a.length; i++) out += (i ? ',' : '') + (a.hasOwnProperty(i) ? String(a[i]) : '_');
  return out + ' len=' + a.length;
}

var a = new Array(6);
for (var i = 5; i >= 0; i -= 2) a[i] = i * 10;
console.log(describe(a));
for (var j = 0; j < 6; j += 2) a[j] = 'v' + j;
console.log(describe(a), Object.keys(a).join(','));
a[8] = 'x';
console.log(describe(a));

var b = [1, , 3, , 5];
b[1] = 2; b[3] = 4;
console.log(describe(b), JSON.stringify(Object.getOwnPropertyDescriptor(b, 1)));

Object.defineProperty(Array.prototype, 2, { set: function (v) { log += 'setter ' + v + ';'; }, configurable: true });
var log = '';
var c = new Array(4);
c[1] = 'one'; c[2] = 'two'; c[3] = 'three';
console.log(describe(c), log, c.hasOwnProperty(2));
delete Array.prototype[2];

Object.defineProperty(Object.prototype, 1, { value: 'ro', writable: false, configurable: true });
var d = new Array(3);
d[0] = 'zero'; d[1] = 'one'; d[2] = 'two';
var line = describe(d) + ' ' + d.hasOwnProperty(1);
var strictResult = (function () {
  'use strict';
  var e = new Array(2);
  try { e[1] = 'strict'; return 'no error'; } catch (err) { return err.name; }
})();
delete Object.prototype[1]; // (before console.log: node's own console code stores at index 1)
console.log(line, strictResult);

var f = new Array(3);
Object.preventExtensions(f);
f[0] = 'no';
console.log(describe(f), Object.isExtensible(f));
(function () {
  'use strict';
  try { f[1] = 'no'; } catch (err) { console.log(err.name); }
})();

var seen = '';
var g = new Array(3);
Object.setPrototypeOf(g, new Proxy(Array.prototype, {
  set: function (t, k, v, r) { seen += 'proxy set ' + String(k) + ';'; return Reflect.set(t, k, v, r); },
}));
g[1] = 'via proxy';
console.log(describe(g), seen);

var h = new Array(5);
for (var k = 0; k < h.length; k++) h[k] = k * k;
console.log(describe(h), h.indexOf(9), h.includes(undefined));
