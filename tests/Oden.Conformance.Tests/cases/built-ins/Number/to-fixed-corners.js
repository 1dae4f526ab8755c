function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var cases = [[1.005, 2], [1.45, 1], [1.55, 1], [0.5, 0], [1.5, 0], [2.5, 0], [-0.5, 0], [-1.5, 0], [1e21, 2], [1e20, 2], [123.456, 10], [0.000001, 7], [-0, 2], [0, 100], [8.345, 2], [10.235, 2], [1.0000000000000002, 20], [5e-324, 3], [-1e-7, 2], [99.995, 2]];
cases.forEach(function (c) { t(c[0] + '.toFixed(' + c[1] + ')', function () { return c[0].toFixed(c[1]); }); });
t('101 digits', function () { return (1).toFixed(101); });
t('-1 digits', function () { return (1).toFixed(-1); });
t('NaN', function () { return NaN.toFixed(2); });
t('Infinity', function () { return (-Infinity).toFixed(2); });
t('undefined digits', function () { return (1.6).toFixed(); });
t('frac digits', function () { return (1.25).toFixed(1.9); });
t('on string', function () { return Number.prototype.toFixed.call('1'); });
t('on wrapper', function () { return Number.prototype.toFixed.call(new Number(2.5), 1); });
