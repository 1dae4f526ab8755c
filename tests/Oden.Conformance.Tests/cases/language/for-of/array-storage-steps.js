// for-of over arrays takes present elements straight from the storage; everything the Array Iterator
// would see differently must still show: elements pushed, popped or changed during the loop, holes read
// through the prototype, a length cut short, a break and a later loop, nested loops over one array, and
// iteration after Array.prototype[Symbol.iterator] or %ArrayIteratorPrototype%.next are replaced.
var a = [1, 2, 3];
var seen = [];
for (var x of a) {
  seen.push(x);
  if (x === 1) a.push(4);
  if (x === 2) a[3] = 40;
}
console.log(seen.join(','), a.length);

var b = [1, 2, 3, 4, 5];
seen = [];
for (var y of b) { seen.push(y); b.pop(); }
console.log(seen.join(','), b.length);

var c = [0, , 2, , 4];
Array.prototype[3] = 'proto3';
seen = [];
for (var z of c) seen.push(String(z));
delete Array.prototype[3];
console.log(seen.join(','));

var d = [1, 2, 3, 4];
seen = [];
for (var w of d) { seen.push(w); if (w === 2) d.length = 1; }
console.log(seen.join(','));
d.push(9);
seen = [];
for (var w2 of d) seen.push(w2);
console.log(seen.join(','));

var e = [1, 2, 3];
var pairs = [];
for (var p of e) for (var q of e) if (p < q) pairs.push(p + '' + q);
console.log(pairs.join(' '));
var sum = 0;
for (var r of e) { if (r === 2) break; sum += r; }
for (var r2 of e) sum += r2 * 10;
console.log(sum);

var getterHits = 0;
var f = [1, 2, 3];
Object.defineProperty(f, 1, { get: function () { getterHits++; return 'got'; } });
seen = [];
for (var g of f) seen.push(g);
console.log(seen.join(','), getterHits);

var saved = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function* () { yield 'custom'; };
seen = [];
for (var h of [1, 2]) seen.push(h);
Array.prototype[Symbol.iterator] = saved;
console.log(seen.join(','));
var ArrayIteratorPrototype = Object.getPrototypeOf([][Symbol.iterator]());
var savedNext = ArrayIteratorPrototype.next;
var nextCalls = 0;
ArrayIteratorPrototype.next = function () { nextCalls++; return savedNext.call(this); };
seen = [];
for (var k of [7, 8, 9]) seen.push(k);
ArrayIteratorPrototype.next = savedNext;
console.log(seen.join(','), nextCalls);
var returned = 0;
ArrayIteratorPrototype.return = function () { returned++; return {}; };
for (var m of [1, 2, 3]) if (m === 2) break;
delete ArrayIteratorPrototype.return;
console.log(returned);

function* gen(list) { for (var v of list) yield v * 2; }
console.log([...gen([1, 2, 3])].join(','));
var big = [];
for (var i = 0; i < 10000; i++) big.push(i);
var total = 0;
for (var n of big) total += n;
console.log(total);
