function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var ws = new WeakSet();
var o = {};
t('add/has', function () { ws.add(o); return [ws.has(o), ws.has({})]; });
t('add returns', function () { return ws.add({}) === ws; });
t('primitive', function () { return ws.add('x'); });
t('has primitive', function () { return ws.has(1); });
t('delete', function () { return [ws.delete(o), ws.has(o), ws.delete(1)]; });
t('iterable ctor', function () { var a = {}; return new WeakSet([a]).has(a); });
t('iterable ctor bad', function () { return new WeakSet([1]); });
t('no new', function () { return WeakSet(); });
t('wrong this', function () { return WeakSet.prototype.has.call(new Set(), {}); });
t('tag', function () { return Object.prototype.toString.call(ws); });
t('names', function () { return Object.getOwnPropertyNames(WeakSet.prototype).sort().join(); });
t('lengths', function () { return [WeakSet.length, WeakSet.prototype.add.length]; });
