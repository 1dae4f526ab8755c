function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('\\d ascii only', function () { return [/\d/.test('\u0661'), /\d/.test('7')]; });
t('\\w ascii only', function () { return [/\w/.test('\u00e9'), /\w/.test('_')]; });
t('\\s unicode spaces', function () { return ['\u00A0', '\u2028', '\uFEFF', '\u3000', '\u180E', '\u200B'].map(function (c) { return /\s/.test(c); }); });
t('\\b ascii word boundary', function () { return ['caf\u00e9'.replace(/\b/g, '|'), /\bé/.test('é')]; });
t('negated classes', function () { return ['a1 _'.replace(/\D/g, '.'), 'a1 _'.replace(/\W/g, '.'), 'a1 _'.replace(/\S/g, '.')]; });
t('class with escapes', function () { return /[\d\-x]/.exec('-')[0] + /[\b]/.test('\b'); });
t('dot excludes terminators', function () { return ['\n', '\r', '\u2028', '\u2029', '\u0085'].map(function (c) { return /./.test(c); }); });
t('range with escape', function () { return /[\x41-\x43]+/.exec('xABCD')[0]; });
t('control escape', function () { return [/\cJ/.test('\n'), /[\cA]/.test('\u0001')]; });
t('octal-ish annex b', function () { return [/\0/.test('\0'), /\101/.test('A'), /[\101]/.test('A')]; });
t('empty class', function () { return [/[]/.test('a'), /[^]/.test('\n')]; });
t('case-insensitive ascii', function () { return [/[a-z]+/i.exec('HeLLo')[0], /\u00e9/i.test('\u00c9'), /ß/i.test('SS')]; });
