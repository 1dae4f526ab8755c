function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var wm = new WeakMap();
var k = {};
t('set/get', function () { wm.set(k, 1); return [wm.get(k), wm.has(k), wm.get({})]; });
t('set returns', function () { return wm.set({}, 1) === wm; });
t('primitive key', function () { return wm.set(1, 1); });
t('registered symbol key', function () { return wm.set(Symbol.for('x'), 1); });
t('get primitive', function () { return [wm.get(1), wm.has('a'), wm.delete(null)]; });
t('delete', function () { return [wm.delete(k), wm.has(k), wm.delete(k)]; });
t('function key', function () { var f = function () {}; wm.set(f, 'f'); return wm.get(f); });
t('constructor iterable', function () { var a = {}, b = {}; var m = new WeakMap([[a, 1], [b, 2]]); return m.get(b); });
t('constructor bad entry', function () { return new WeakMap([[1, 2]]); });
t('no new', function () { return WeakMap(); });
t('no clear', function () { return typeof WeakMap.prototype.clear; });
t('wrong this', function () { return WeakMap.prototype.get.call(new Map(), {}); });
t('tag', function () { return Object.prototype.toString.call(wm); });
t('lengths', function () { return [WeakMap.length, WeakMap.prototype.set.length, WeakMap.prototype.get.length]; });
t('names', function () { return Object.getOwnPropertyNames(WeakMap.prototype).sort().join(); });
