function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('ascii', function () { return 'abc'.normalize(); });
t('forms', function () { return ['NFC', 'NFD', 'NFKC', 'NFKD'].map(function (f) { return 'x'.normalize(f); }).join(); });
t('bad form', function () { return 'a'.normalize('nfc'); });
t('undefined form', function () { return 'a'.normalize(undefined); });
t('length', function () { return ''.normalize.length; });
t('localeCompare equal', function () { return 'a'.localeCompare('a'); });
t('localeCompare sign', function () { return [Math.sign('a'.localeCompare('b')), Math.sign('b'.localeCompare('a'))]; });
t('localeCompare case', function () { return Math.sign('a'.localeCompare('B')); });
t('localeCompare length', function () { return ''.localeCompare.length; });
t('toLocaleUpperCase', function () { return 'abc'.toLocaleUpperCase() + 'XYZ'.toLocaleLowerCase(); });
t('toUpperCase sharp s', function () { return '\u00DF'.toUpperCase(); });
t('toUpperCase ligature', function () { return '\uFB00'.toUpperCase(); });
t('toLowerCase sigma final', function () { return '\u03A3A\u03A3'.toLowerCase().split('').map(function (c) { return c.charCodeAt(0); }).join(); });
t('toLowerCase I dot', function () { return '\u0130'.toLowerCase().length; });
t('surrogate case', function () { return '\uD801\uDC00'.toLowerCase().charCodeAt(1).toString(16); });
