function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('null/undefined', function () { return `${null}|${undefined}`; });
t('array', function () { return `${[1, [2, 3]]}`; });
t('object', function () { return `${{}}`; });
t('toString preferred', function () { return `${{ toString: function () { return 'S'; }, valueOf: function () { return 'V'; } }}`; });
t('symbol throws', function () { return `${Symbol()}`; });
t('toPrimitive hint', function () { var o = {}; o[Symbol.toPrimitive] = function (h) { return h; }; return `${o}`; });
t('number formats', function () { return `${1e21} ${-0} ${0.1 + 0.2} ${1 / 3}`; });
t('nested', function () { var x = 2; return `a${`b${x}c`}d`; });
t('escapes', function () { return `\u0041\x42\n`.length; });
t('multiline', function () { return `line1
line2`.split('\n').length; });
