function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('numbers', function () { return JSON.stringify([1e21, 1e-7, -0, 0.000001, 123e-20, 2 ** 53 + 2, 1 / 3]); });
t('number keys', function () { var o = {}; o[1e21] = 1; o[0.5] = 2; o[-1] = 3; return JSON.stringify(o); });
t('string escapes table', function () { var s = ''; for (var i = 0; i < 32; i++) s += String.fromCharCode(i); return JSON.stringify(s); });
t('non-ascii untouched', function () { return JSON.stringify('\u00e9\u4e2d\uD83D\uDE00').length; });
t('keys escaped', function () { var o = {}; o['a"b'] = 1; o['\n'] = 2; return JSON.stringify(o); });
t('Infinity in arrays', function () { return JSON.stringify({ a: [Infinity, -Infinity, NaN] }); });
