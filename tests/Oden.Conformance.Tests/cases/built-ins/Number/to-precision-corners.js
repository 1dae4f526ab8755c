function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var cases = [[123.456, 1], [123.456, 2], [123.456, 3], [123.456, 4], [0.000123, 2], [1e21, 3], [1e-7, 3], [123456, 2], [0, 5], [-0, 3], [1.5, 1], [2.5, 1], [0.00001, 1], [1e-6, 2], [99.99, 3], [5e-324, 1], [1.7976931348623157e308, 3], [255, 100]];
cases.forEach(function (c) { t(c[0] + '.toPrecision(' + c[1] + ')', function () { return c[0].toPrecision(c[1]); }); });
t('undefined', function () { return (1.23456).toPrecision(undefined); });
t('0', function () { return (1).toPrecision(0); });
t('101', function () { return (1).toPrecision(101); });
t('NaN with bad precision', function () { return NaN.toPrecision(0); });
t('Infinity', function () { return Infinity.toPrecision(1000); });
