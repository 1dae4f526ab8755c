function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('test advances', function () { var r = /o/g; var s = 'foo'; return [r.test(s), r.lastIndex, r.test(s), r.lastIndex, r.test(s), r.lastIndex]; });
t('reuse across strings', function () { var r = /a/g; r.test('xa'); return r.test('a'); });
t('lastIndex negative', function () { var r = /a/g; r.lastIndex = -5; return [r.test('a'), r.lastIndex]; });
t('lastIndex huge', function () { var r = /a/g; r.lastIndex = 2 ** 53; return [r.test('a'), r.lastIndex]; });
t('lastIndex object', function () { var r = /a/g; r.lastIndex = { valueOf: function () { return 1; } }; return [r.test('aa'), r.lastIndex]; });
t('lastIndex not reset non-global', function () { var r = /a/; r.lastIndex = 7; r.test('a'); return r.lastIndex; });
t('sticky failure resets', function () { var r = /b/y; r.lastIndex = 0; return [r.test('ab'), r.lastIndex]; });
t('match resets lastIndex', function () { var r = /a/g; r.lastIndex = 1; 'aa'.match(r); return r.lastIndex; });
t('matchAll clones', function () { var r = /a/g; r.lastIndex = 1; var n = 0; for (var m of 'aaa'.matchAll(r)) n++; return [n, r.lastIndex]; });
t('search preserves', function () { var r = /a/g; r.lastIndex = 2; 'xa'.search(r); return r.lastIndex; });
