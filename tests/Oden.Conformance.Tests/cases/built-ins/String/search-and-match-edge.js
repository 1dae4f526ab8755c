function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('search string', function () { return 'a.b'.search('.'); });
t('search undefined', function () { return 'abc'.search(); });
t('search ignores global', function () { var r = /b/g; r.lastIndex = 2; return ['abb'.search(r), r.lastIndex]; });
t('search not found', function () { return 'abc'.search(/z/); });
t('match no arg', function () { var m = 'abc'.match(); return [m[0], m.index]; });
t('match global', function () { return 'a1b2'.match(/\d/g); });
t('match global none', function () { return 'ab'.match(/\d/g); });
t('match string pattern', function () { return 'a+b'.match('\\+')[0]; });
t('match non-global groups', function () { var m = 'ab'.match(/(?<x>a)(c)?/); return [m.length, m[2], m.groups.x, m.input, m.index]; });
t('match global empty', function () { return 'ab'.match(/(?:)/g).length; });
t('custom matcher', function () { var o = {}; o[Symbol.match] = function (s) { return 'M' + s; }; return 'z'.match(o); });
t('custom searcher', function () { var o = {}; o[Symbol.search] = function (s) { return s.length; }; return 'zzz'.search(o); });
t('null receiver', function () { return String.prototype.match.call(undefined, /a/); });
t('lengths', function () { return [''.search.length, ''.match.length, ''.replace.length, ''.split.length]; });
