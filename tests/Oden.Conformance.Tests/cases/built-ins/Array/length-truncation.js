function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('truncate', function () { var a = [1, 2, 3, 4]; a.length = 2; return [a, 2 in a]; });
t('extend with holes', function () { var a = [1]; a.length = 3; return [a.length, 1 in a]; });
t('non-configurable stops truncation', function () { var a = [1, 2, 3]; Object.defineProperty(a, 1, { value: 2, configurable: false, writable: true }); a.length = 0; return [a.length, JSON.stringify(a)]; });
t('strict non-configurable', function () { 'use strict'; var a = [1, 2, 3]; Object.defineProperty(a, 1, { value: 2, configurable: false }); try { a.length = 0; } catch (e) { return e.name + ' ' + a.length; } });
t('length valueOf twice', function () { var n = 0; var a = []; a.length = { valueOf: function () { n++; return 2; } }; return [a.length, n]; });
t('length NaN', function () { var a = []; try { a.length = NaN; } catch (e) { return e.name; } });
t('length desc after truncation', function () { var a = [1, 2]; Object.defineProperty(a, 'length', { value: 1, writable: false }); return [a.length, JSON.stringify(Object.getOwnPropertyDescriptor(a, 'length'))]; });
t('write after readonly length', function () { var a = [1]; Object.defineProperty(a, 'length', { writable: false }); a[5] = 1; return [a.length, 5 in a]; });
t('defineProperty length string', function () { var a = [1, 2, 3]; Object.defineProperty(a, 'length', { value: '1' }); return a.length; });
t('defineProperty length bad', function () { return Object.defineProperty([], 'length', { value: -1 }); });
t('index key forms', function () { var a = []; a['2'] = 'x'; a['02'] = 'y'; a[1.0] = 'z'; return [a.length, Object.keys(a).join()]; });
t('sparse big index', function () { var a = []; a[1e6] = 1; return [a.length, Object.keys(a).length]; });
