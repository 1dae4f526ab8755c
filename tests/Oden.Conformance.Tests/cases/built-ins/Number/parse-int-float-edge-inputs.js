function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('parseInt numeric strings', function () { return ['12px', '  -7 ', '0x1g', '1e3', '٣', '0b11', '0o7', '+0x10', '-0x10'].map(function (s) { return parseInt(s); }); });
t('parseInt radix table', function () { return [2, 8, 10, 16, 36].map(function (r) { return parseInt('1z', r); }); });
t('parseFloat table', function () { return ['1.2.3', '-.5', '+1e-2', '1e+400', 'inf', '0x1p3', '12e', '.e1', '-0.0'].map(function (s) { var v = parseFloat(s); return Object.is(v, -0) ? '-0' : v; }); });
t('Number vs parseFloat', function () { return ['', ' ', '12px', '0x10', '1e3'].map(function (s) { return Number(s) + '/' + parseFloat(s); }).join(' '); });
t('parseInt of numbers', function () { return [parseInt(1e21), parseInt(0.00000001), parseInt(-0.9), parseInt(Infinity)]; });
