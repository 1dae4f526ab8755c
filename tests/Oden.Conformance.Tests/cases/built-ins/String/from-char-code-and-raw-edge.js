function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('fromCharCode coercion', function () { return String.fromCharCode('65', { valueOf: function () { return 66; } }, 67.9, -65469); });
t('fromCharCode none', function () { return JSON.stringify(String.fromCharCode()); });
t('fromCodePoint many', function () { return String.fromCodePoint(0x61, 0x1F600, 0x62).length; });
t('fromCodePoint string digits', function () { return String.fromCodePoint('0x41'); });
t('raw with fewer substitutions', function () { return String.raw({ raw: ['a', 'b', 'c'] }, 1); });
t('raw with more substitutions', function () { return String.raw({ raw: ['a', 'b'] }, 1, 2, 3); });
t('raw array-like', function () { return String.raw({ raw: { length: 2, 0: 'x', 1: 'y' } }, '-'); });
