function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var obj = { a: 1, b: 2, 1: 'one', c: { a: 3, d: 4 } };
t('duplicates', function () { return JSON.stringify(obj, ['a', 'a', 'b']); });
t('numbers', function () { return JSON.stringify(obj, [1, 'a']); });
t('wrappers', function () { return JSON.stringify(obj, [new String('b'), new Number(1)]); });
t('ignored kinds', function () { return JSON.stringify(obj, [true, null, {}, 'a', undefined]); });
t('nested applies', function () { return JSON.stringify(obj, ['c', 'd']); });
t('array values not filtered', function () { return JSON.stringify([{ a: 1, b: 2 }], ['b']); });
t('order from list', function () { return JSON.stringify(obj, ['b', 'a']); });
t('missing keys', function () { return JSON.stringify(obj, ['zz']); });
t('non-array non-function', function () { return JSON.stringify({ a: 1 }, 'a'); });
t('replacer array-like ignored', function () { return JSON.stringify({ a: 1 }, { length: 1, 0: 'b' }); });
t('proxy array list', function () { return JSON.stringify(obj, new Proxy(['b'], {})); });
t('-0 key', function () { return JSON.stringify({ '0': 'z', '-0': 'm' }, [-0]); });
t('1e21 key', function () { var o = {}; o['1e+21'] = 'big'; return JSON.stringify(o, [1e21]); });
