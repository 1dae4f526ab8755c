function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('padStart', function () { return 'abc'.padStart(6, '12'); });
t('padEnd', function () { return 'abc'.padEnd(6, '12'); });
t('default filler', function () { return JSON.stringify('a'.padStart(3)) + JSON.stringify('a'.padEnd(3)); });
t('empty filler', function () { return 'a'.padStart(5, ''); });
t('shorter max', function () { return 'abcdef'.padStart(2, 'x'); });
t('NaN max', function () { return 'ab'.padEnd(NaN, 'x'); });
t('fractional', function () { return 'ab'.padStart(4.9, 'x'); });
t('filler coercion', function () { return 'a'.padEnd(4, 7) + 'a'.padStart(4, null) + 'a'.padEnd(3, undefined); });
t('surrogate filler cut', function () { return 'a'.padEnd(3, '\uD83D\uDE00').length; });
t('on number', function () { return String.prototype.padStart.call(5, 3, '0'); });
t('on null', function () { return String.prototype.padStart.call(null, 3); });
t('symbol filler', function () { return 'a'.padEnd(3, Symbol()); });
t('lengths', function () { return [''.padStart.length, ''.padEnd.length]; });
t('huge', function () { return 'a'.padStart(2 ** 31, 'x').length; });
t('huge empty ok', function () { return 'a'.padStart(2 ** 40, ''); });
