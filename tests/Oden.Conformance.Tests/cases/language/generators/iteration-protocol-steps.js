// for-of, spread, destructuring and Array.from over generators: values, the return value left out, break
// calling return, errors from the body, re-entrance, yield* passing inner result objects through (read with
// their getters, in order), and a replaced %GeneratorPrototype%.next (read once, when the loop starts).
function* count(n) { for (var i = 0; i < n; i++) yield i; return 'ret'; }

var seen = [];
for (var v of count(4)) seen.push(v);
console.log(seen.join(','), [...count(3)].join(','), Array.from(count(5), function (x) { return x * 2; }).join(','));
var [a, b, ...rest] = count(6);
console.log(a, b, rest.join(','));

var log = [];
function* tracked() {
  try { yield 1; yield 2; yield 3; } finally { log.push('finally'); }
}
for (var x of tracked()) { log.push('got ' + x); if (x === 2) break; }
console.log(log.join(', '));

function* failing() { yield 'a'; throw new TypeError('from body'); }
var got = [];
try { for (var y of failing()) got.push(y); } catch (e) { got.push(e.name + ': ' + e.message); }
console.log(got.join(' | '));

var self;
function* reentrant() { try { self.next(); } catch (e) { yield e.name; } }
self = reentrant();
for (var r of self) console.log('reentrant', r);

// yield* over an iterator whose results have getters: read done then value, once each per step.
var reads = [];
var inner = {
  i: 0,
  [Symbol.iterator]() { return this; },
  next() {
    var k = this.i++;
    return {
      get done() { reads.push('done' + k); return k >= 2; },
      get value() { reads.push('value' + k); return 'v' + k; },
    };
  },
};
function* outer() { var result = yield* inner; reads.push('inner returned ' + result); yield 'after'; }
var outs = [];
for (var o of outer()) outs.push(o);
console.log(outs.join(','), '|', reads.join(','));

function* overArray() { yield* [10, 20]; yield* 'hi'; yield 30; }
console.log([...overArray()].join(','));

// Object.prototype getters named done/value are shadowed by a result's own properties.
Object.defineProperty(Object.prototype, 'done', { get: function () { throw new Error('proto done read'); }, configurable: true });
Object.defineProperty(Object.prototype, 'value', { get: function () { throw new Error('proto value read'); }, configurable: true });
console.log([...count(3)].join(','));
delete Object.prototype.done;
delete Object.prototype.value;

// A replaced next is what the loop calls; replacing it during the loop changes nothing (read once).
var GeneratorPrototype = Object.getPrototypeOf(count.prototype);
var originalNext = GeneratorPrototype.next;
var calls = 0;
GeneratorPrototype.next = function (v) { calls++; return originalNext.call(this, v); };
var withPatched = [];
for (var p of count(3)) withPatched.push(p);
console.log(withPatched.join(','), 'patched calls', calls);
GeneratorPrototype.next = originalNext;
calls = 0;
var during = [];
for (var q of count(3)) {
  during.push(q);
  GeneratorPrototype.next = function () { calls++; return { done: true, value: undefined }; };
}
GeneratorPrototype.next = originalNext;
console.log(during.join(','), 'calls after patching mid-loop', calls);

// A generator started by hand, then finished by a loop.
var g = count(5);
g.next();
g.next();
var remaining = [];
for (var s of g) remaining.push(s);
console.log(remaining.join(','), JSON.stringify(g.next()));
