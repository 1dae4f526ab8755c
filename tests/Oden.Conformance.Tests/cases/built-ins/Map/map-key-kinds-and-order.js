function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var m = new Map();
var keys = [1, '1', true, null, undefined, NaN, 0, {}, [], function () {}, Symbol('s'), 1.5, -1, 'a'];
keys.forEach(function (k, i) { m.set(k, i); });
t('size', function () { return m.size; });
t('order', function () { return Array.from(m.keys()).map(function (k) { return typeof k === 'symbol' ? 'sym' : typeof k === 'object' || typeof k === 'function' ? typeof k : String(k); }).join(); });
t('lookups', function () { return [m.get(1), m.get('1'), m.get(true), m.get(null), m.get(undefined), m.get(NaN), m.get(-0), m.get(1.5), m.get('a')]; });
t('values', function () { return Array.from(m.values()).join(); });
t('delete middle and iterate', function () { m.delete(true); m.delete(0); return Array.from(m.values()).join(); });
t('re-add goes last', function () { m.set(true, 'again'); return Array.from(m.values()).pop(); });
t('map as key', function () { var inner = new Map(); m.set(inner, 'map'); return m.get(inner); });
t('large map', function () { var big = new Map(); for (var i = 0; i < 2000; i++) big.set('k' + i, i); for (i = 0; i < 2000; i += 2) big.delete('k' + i); return [big.size, big.get('k1999'), Array.from(big.keys())[0]]; });
