function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var vals = [0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e21, 1e-7, 123e-20, 1.5e300, 4.35, 0.000001, 1234567890123456789, 5e-324, 1.7976931348623157e308, 100, 1e20, 2 ** 53, -1e-7, 9.999999999999999e22, 0.1 + 0.7, 3.0000000000000004];
vals.forEach(function (v, i) { t('v' + i, function () { return String(v); }); });
t('exponent forms', function () { return [1e21 + '', 1.1e-7 + '', 12e-7 + '', 1e6 + '', 1.23e+25 + '']; });
