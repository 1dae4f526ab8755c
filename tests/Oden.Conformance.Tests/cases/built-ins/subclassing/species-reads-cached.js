// The runtime's own reads of "constructor" and @@species (ArraySpeciesCreate, SpeciesConstructor,
// PromiseResolve, the Promise combinators' C.resolve and then) go through inline caches: each must still see
// every change made between calls, getters included, and call them once per read.
var log = [];
var a = [1, 2, 3];
console.log(a.map(function (x) { return x; }).constructor === Array);
Object.defineProperty(a, 'constructor', { get: function () { log.push('ctor get'); return Array; }, configurable: true });
a.slice(); a.filter(Boolean); a.concat([4]); a.splice(0, 0);
console.log(log.join(', '));
log = [];
var speciesDesc = Object.getOwnPropertyDescriptor(Array, Symbol.species);
Object.defineProperty(Array, Symbol.species, { get: function () { log.push('species get'); return undefined; }, configurable: true });
console.log([1, 2].map(function (x) { return x * 2; }).length, log.join(', '));
Object.defineProperty(Array, Symbol.species, speciesDesc);
function Fake(n) { this.length = n; this.fake = true; }
var b = [5, 6, 7];
b.constructor = { [Symbol.species]: Fake };
var r = b.slice(1);
console.log(r instanceof Fake, r.fake, r[0], r[1], r.length);
b.constructor = Array;
console.log(Array.isArray(b.slice(1)), b.slice(1).length);
delete Array.prototype.constructor;
console.log(Array.isArray([1].slice()), [1].map(function (x) { return x; }).length);
Array.prototype.constructor = Array;

class MyPromise extends Promise {}
var p = MyPromise.resolve(1);
console.log(p instanceof MyPromise, Promise.resolve(p) === p, MyPromise.resolve(p) === p, p.then(function () {}) instanceof MyPromise);
var native = Promise.resolve(2);
console.log(Promise.resolve(native) === native);
Object.defineProperty(native, 'constructor', { get: function () { log.push('promise ctor get'); return Object; } });
console.log(Promise.resolve(native) === native, log.join(', '));
log = [];
var thenCalls = 0;
var counting = Promise.resolve(3);
counting.then = function (f, r) { thenCalls++; return Promise.prototype.then.call(this, f, r); };
var resolveCalls = 0;
var originalResolve = Promise.resolve;
Promise.all([counting, counting, 4]).then(function (values) {
  console.log('all', JSON.stringify(values), thenCalls);
  Promise.resolve = function (v) { resolveCalls++; return originalResolve.call(this, v); };
  return Promise.all([1, 2, 3]);
}).then(function (values) {
  console.log('all again', JSON.stringify(values), resolveCalls);
  Promise.resolve = originalResolve;
  var re = /a/g;
  re.constructor = { [Symbol.species]: function (src, flags) { log.push('regexp species ' + flags); return new RegExp(src, flags); } };
  console.log(JSON.stringify('a-a'.split(re)), log.join(', '));
});
