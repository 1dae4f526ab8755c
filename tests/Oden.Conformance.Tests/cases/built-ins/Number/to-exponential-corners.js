function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var cases = [[123.456, 0], [123.456, 2], [0.00015, 1], [1.45, 1], [1.55, 1], [0, 2], [-0, 0], [1e21, 3], [5e-324, 2], [1.7976931348623157e308, 5], [12345, 20], [0.1, 18]];
cases.forEach(function (c) { t(c[0] + '.toExponential(' + c[1] + ')', function () { return c[0].toExponential(c[1]); }); });
t('no arg', function () { return [(123.456).toExponential(), (0.1).toExponential(), (1e-10).toExponential(), (-5).toExponential()]; });
t('101', function () { return (1).toExponential(101); });
t('-1', function () { return (1).toExponential(-1); });
t('NaN before range check', function () { return NaN.toExponential(1000); });
t('Infinity', function () { return (-Infinity).toExponential(); });
t('arg coercion', function () { return (1.5).toExponential('1'); });
