function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('upper special', function () { return ['\u0149'.toUpperCase(), '\u01F0'.toUpperCase().length, '\u1E9E'.toLowerCase()]; });
t('upper length change', function () { return ['stra\u00DFe'.toUpperCase(), 'stra\u00DFe'.toUpperCase().length]; });
t('greek', function () { return '\u03B1\u03B2\u03B3'.toUpperCase(); });
t('cyrillic', function () { return '\u041F\u0440\u0438\u0432\u0435\u0442'.toLowerCase(); });
t('turkish dotless', function () { return ['\u0131'.toUpperCase(), 'I'.toLowerCase()]; });
t('non-letters', function () { return '123_-!'.toUpperCase(); });
t('charCodeAt coercion', function () { return ['abc'.charCodeAt('1'), 'abc'.charCodeAt(true), 'abc'.charCodeAt(null), 'abc'.charCodeAt(1.9)]; });
t('compare code units', function () { return ['\uFF5E' > '\uD83D\uDE00', 'a' < 'b', 'Z' < 'a', '' < 'a', 'ab' > 'a']; });
t('fromCharCode many', function () { return String.fromCharCode(72, 105, 0x20, 0xD83D, 0xDE00).length; });
t('case on lone surrogate', function () { return '\uD800'.toUpperCase().charCodeAt(0).toString(16); });
