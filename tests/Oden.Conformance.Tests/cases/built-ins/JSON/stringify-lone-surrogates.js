function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('lone high', function () { return JSON.stringify('\uD800'); });
t('lone low', function () { return JSON.stringify('\uDC00'); });
t('pair', function () { return JSON.stringify('\uD83D\uDE00') === '"\uD83D\uDE00"'; });
t('reversed pair', function () { return JSON.stringify('\uDE00\uD83D'); });
t('in key', function () { var o = {}; o['\uD800k'] = 1; return JSON.stringify(o); });
t('control chars', function () { return JSON.stringify('\u0000\u0001\b\f\n\r\t\u001f\u007f'); });
t('quote and backslash', function () { return JSON.stringify('"\\/'); });
t('u2028', function () { return JSON.stringify('\u2028\u2029') === '"\u2028\u2029"'; });
t('parse escapes', function () { var s = JSON.parse('"\\ud83d\\ude00\\u0041\\/"'); return [s.length, s.charCodeAt(0).toString(16), s.slice(2)]; });
t('parse lone surrogate', function () { return JSON.parse('"\\udc00"').charCodeAt(0).toString(16); });
t('roundtrip lone', function () { return JSON.parse(JSON.stringify('a\uD800b')) === 'a\uD800b'; });
