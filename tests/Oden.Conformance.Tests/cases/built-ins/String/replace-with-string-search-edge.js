function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('only first', function () { return 'aaa'.replace('a', 'b'); });
t('empty search', function () { return 'abc'.replace('', '_'); });
t('empty search replacement patterns', function () { return 'abc'.replace('', '[$&$`$\']'); });
t('search not found', function () { return 'abc'.replace('z', 'y'); });
t('search object', function () { return 'a[object Object]b'.replace({}, '-'); });
t('undefined replace value', function () { return 'abc'.replace('b'); });
t('function gets offset', function () { return 'xxaxx'.replace('a', function (m, o, s) { return '[' + o + ':' + s + ']'; }); });
t('replaceAll with fn offsets', function () { var o = []; 'a.b.c'.replaceAll('.', function (m, off) { o.push(off); return m; }); return o; });
t('case sensitive', function () { return 'ABC'.replace('b', 'x'); });
