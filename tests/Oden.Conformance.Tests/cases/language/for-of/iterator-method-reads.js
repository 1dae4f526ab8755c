// The runtime reads @@iterator and "return" through caches of their own: each kind of value there must
// still give the spec's result (own and inherited methods, getters, non-callable values, changes between
// iterations of the same loop site).
function collect(iterable) { var out = []; for (var v of iterable) out.push(v); return out.join(','); }
function tryCollect(iterable) { try { return collect(iterable); } catch (e) { return e.name; } }
var arr = [1, 2, 3];
console.log(collect(arr), collect([4, 5]));
var own = [1, 2];
own[Symbol.iterator] = function* () { yield 'own'; };
console.log(collect(own), collect(arr));
var nonCallable = [1];
nonCallable[Symbol.iterator] = 42;
console.log(tryCollect(nonCallable));
var nullIterator = [1];
nullIterator[Symbol.iterator] = null;
console.log(tryCollect(nullIterator));
var getterCalls = 0;
var withGetter = [7, 8];
Object.defineProperty(withGetter, Symbol.iterator, { get: function () { getterCalls++; return Array.prototype.values; } });
console.log(collect(withGetter), getterCalls);
var saved = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function () { var done = false; return { next: function () { var r = { value: 'p', done: done }; done = true; return r; } }; };
console.log(collect(arr), collect([9, 9, 9]));
Array.prototype[Symbol.iterator] = saved;
console.log(collect(arr), [...arr].length, Array.from(arr).join('|'));
var obj = { *[Symbol.iterator]() { yield 'a'; yield 'b'; } };
console.log(collect(obj), collect(new Set([3, 4])), collect(new Map([[1, 2]])), collect('hé'));
var closed = 0;
var iterable = { [Symbol.iterator]() { var i = 0; return { next: function () { return { value: i++, done: i > 5 }; }, return: function () { closed++; return {}; } }; } };
for (var x of iterable) if (x === 1) break;
var badReturn = { [Symbol.iterator]() { return { next: function () { return { value: 1, done: false }; }, return: 5 }; } };
try { for (var y of badReturn) break; } catch (e) { console.log('bad return', e.name); }
console.log(closed);
