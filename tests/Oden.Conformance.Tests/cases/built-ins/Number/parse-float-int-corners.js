function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('parseInt', function () { return [parseInt('  42abc'), parseInt('-0x1A'), parseInt('0x'), parseInt(''), parseInt('0.0000005'), parseInt(0.0000005), parseInt('1e21'), parseInt(1e21)]; });
t('parseInt radix', function () { return [parseInt('11', 2), parseInt('z', 36), parseInt('10', 37), parseInt('10', 1), parseInt('10', 0), parseInt('0x10', 16), parseInt('0x10', 10), parseInt('ff', '16')]; });
t('parseInt big', function () { return [parseInt('9007199254740993'), parseInt('123456789012345678901234567890')]; });
t('parseInt sign', function () { return [parseInt('+7'), parseInt('-0'), 1 / parseInt('-0'), parseInt('--1')]; });
t('parseInt ws', function () { return parseInt('\u00A0\uFEFF\n 12'); });
t('parseInt radix -0 and 4294967312', function () { return [parseInt('10', -0), parseInt('10', 4294967312)]; });
t('parseFloat', function () { return [parseFloat('3.14more'), parseFloat('.5'), parseFloat('-.5e-3x'), parseFloat('Infinityx'), parseFloat('-Infinity'), parseFloat('1e'), parseFloat('1e+'), parseFloat('0x10'), parseFloat('')]; });
t('parseFloat -0', function () { return 1 / parseFloat('-0'); });
t('parseFloat long', function () { return [parseFloat('0.1000000000000000055511151231257827'), parseFloat('1.7976931348623159e308'), parseFloat('2.4703282292062328e-324')]; });
t('parseFloat object', function () { return parseFloat({ toString: function () { return '7.5'; } }); });
t('lengths', function () { return [parseInt.length, parseFloat.length]; });
