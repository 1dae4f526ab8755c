function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('big ints', function () { return [JSON.parse('9007199254740993'), JSON.parse('123456789012345678901234567890')]; });
t('exponents', function () { return [JSON.parse('1E+2'), JSON.parse('-1e-2'), JSON.parse('0e0'), JSON.parse('1e309')]; });
t('-0', function () { return Object.is(JSON.parse('-0'), -0); });
t('precision', function () { return [JSON.parse('0.1'), JSON.parse('2.2250738585072014e-308'), JSON.parse('4.9e-324'), JSON.parse('1e-400')]; });
t('string escapes', function () { return JSON.parse('"\\b\\f\\n\\r\\t\\"\\\\"').split('').map(function (c) { return c.charCodeAt(0); }).join(); });
t('unicode escapes', function () { return JSON.parse('"\\u00e9\\u20AC"'); });
t('raw non-ascii', function () { return JSON.parse('"\u00e9\uD83D\uDE00"').length; });
t('raw u2028 allowed', function () { return JSON.parse('"\u2028"').charCodeAt(0).toString(16); });
t('control char rejected', function () { return JSON.parse('"\u0001"'); });
t('DEL allowed', function () { return JSON.parse('"\u007f"').length; });
t('long string', function () { return JSON.parse(JSON.stringify('x'.repeat(10000))).length; });
t('nested arrays', function () { return JSON.stringify(JSON.parse('[[1,[2,[3,[4]]]],{"a":{"b":{"c":null}}}]')); });
