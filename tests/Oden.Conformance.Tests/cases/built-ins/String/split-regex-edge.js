function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('lookahead split', function () { return 'camelCaseString'.split(/(?=[A-Z])/); });
t('lookbehind split', function () { return 'a1b2c3'.split(/(?<=\d)/); });
t('global flag ignored', function () { return 'a,b,c'.split(/,/g); });
t('empty captures', function () { return 'abc'.split(/(b)|(x)/); });
t('limit 1', function () { return 'a b c'.split(/ /, 1); });
t('match at start', function () { return ',a'.split(/,/); });
t('empty regex on empty', function () { return ''.split(/(?:)/); });
t('regex matching empty string', function () { return ''.split(/x*/); });
t('split unicode u', function () { return 'a\uD83D\uDE00b'.split(/(?:)/u).length; });
t('lastIndex untouched', function () { var r = /,/g; r.lastIndex = 3; 'a,b'.split(r); return r.lastIndex; });
t('case insensitive', function () { return 'aXbxc'.split(/x/i); });
t('multiline anchor', function () { return 'a\nb\nc'.split(/^/m); });
