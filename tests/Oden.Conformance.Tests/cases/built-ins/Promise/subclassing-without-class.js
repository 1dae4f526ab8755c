function t(l, f) { try { console.log(l, f()); } catch (e) { console.log(l, 'threw', e.constructor.name); } }
function MyPromise(executor) {
  var p = new Promise(executor);
  Object.setPrototypeOf(p, MyPromise.prototype);
  return p;
}
MyPromise.prototype = Object.create(Promise.prototype);
MyPromise.prototype.constructor = MyPromise;
Object.setPrototypeOf(MyPromise, Promise);
MyPromise[Symbol.species] = MyPromise;
var calls = 0;
var origThen = Promise.prototype.then;
var mp = new MyPromise(function (res) { res(1); });
t('instance', function () { return [mp instanceof MyPromise, mp instanceof Promise]; });
t('then returns species', function () { return mp.then(function (x) { return x; }) instanceof MyPromise; });
t('resolve via subclass', function () { return MyPromise.resolve(5) instanceof MyPromise; });
t('all via subclass', function () { return MyPromise.all([1]) instanceof MyPromise; });
t('species null uses default', function () { var q = Promise.resolve(1); q.constructor = { }; q.constructor[Symbol.species] = undefined; return q.then(function () {}) instanceof Promise; });
t('constructor not object', function () { var q = Promise.resolve(1); q.constructor = 5; return q.then(function () {}); });
t('bad species', function () { var q = Promise.resolve(1); q.constructor = {}; q.constructor[Symbol.species] = function () {}; return q.then(function () {}); });
t('capability executor called twice', function () {
  function Weird(ex) { ex(function () {}, function () {}); ex(function () {}, function () {}); }
  return Promise.resolve.call(Weird, 1);
});
t('capability non-callable', function () { function Bad(ex) { ex(1, 2); } return Promise.resolve.call(Bad, 1); });
mp.then(function (v) { console.log('async value', v); });
