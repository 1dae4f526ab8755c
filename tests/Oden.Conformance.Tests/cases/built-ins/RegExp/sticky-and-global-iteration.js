function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('sticky exec chain', function () { var r = /\w/y; var out = []; var m; while ((m = r.exec('ab c')) !== null) out.push(m[0] + r.lastIndex); return out; });
t('sticky with alternation', function () { var r = /a|b/y; r.lastIndex = 1; return r.exec('xb') && r.lastIndex; });
t('global sticky match', function () { return 'aaba'.match(/a/gy); });
t('sticky split', function () { return 'a,b,,c'.split(/,/y); });
t('sticky replace all', function () { return 'aaxa'.replace(/a/gy, '-'); });
t('sticky search', function () { var r = /b/y; return ['ab'.search(r), r.lastIndex]; });
t('sticky lookbehind', function () { var r = /(?<=a)b/y; r.lastIndex = 1; return r.test('ab'); });
