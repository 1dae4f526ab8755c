function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var m = new Map();
t('NaN key', function () { m.set(NaN, 'nan'); return [m.get(NaN), m.has(0 / 0)]; });
t('-0 normalized', function () { m.set(-0, 'zero'); var k = Array.from(m.keys()).pop(); return [m.get(0), Object.is(k, 0)]; });
t('string vs number', function () { m.set('1', 's'); m.set(1, 'n'); return [m.get('1'), m.get(1)]; });
t('objects by identity', function () { var a = {}; m.set(a, 'A'); return [m.get(a), m.get({})]; });
t('undefined key', function () { m.set(undefined, 'u'); return [m.get(), m.has(undefined), m.has(null)]; });
t('symbol key', function () { var s = Symbol(); m.set(s, 'sym'); return m.get(s); });
t('size', function () { return m.size; });
t('set returns map', function () { return m.set(2, 2) === m; });
t('delete returns', function () { return [m.delete(2), m.delete(2)]; });
t('overwrite keeps order', function () { var x = new Map([['a', 1], ['b', 2]]); x.set('a', 3); return JSON.stringify(Array.from(x)); });
t('delete then re-add moves', function () { var x = new Map([['a', 1], ['b', 2]]); x.delete('a'); x.set('a', 1); return Array.from(x.keys()).join(); });
t('clear', function () { var x = new Map([[1, 1]]); x.clear(); return [x.size, x.get(1)]; });
t('string rope key', function () { var a = 'ab'; var b = ''; b += 'a'; b += 'b'; var x = new Map([[a, 1]]); return x.get(b); });
