function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var xs = [0.000001234, 1234.5678, 98765432.1, 5e-7, 1.25, 7];
t('toPrecision 3', function () { return xs.map(function (x) { return x.toPrecision(3); }).join(' '); });
t('toPrecision 1', function () { return xs.map(function (x) { return x.toPrecision(1); }).join(' '); });
t('toExponential 3', function () { return xs.map(function (x) { return x.toExponential(3); }).join(' '); });
t('negatives', function () { return xs.map(function (x) { return (-x).toPrecision(4); }).join(' '); });
t('toPrecision 21', function () { return [(0.1).toPrecision(21), (123).toPrecision(21)]; });
