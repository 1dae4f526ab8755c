function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('radix 2', function () { return [(255).toString(2), (-255).toString(2), (0.5).toString(2), (0.1).toString(2)]; });
t('radix 36', function () { return [(35).toString(36), (1e21).toString(36), (0.5).toString(36), (-0).toString(36)]; });
t('radix 16 frac', function () { return [(3.75).toString(16), (0.1).toString(16), (255.5).toString(16)]; });
t('radix 3', function () { return [(1 / 3).toString(3), (10).toString(3)]; });
t('radix bad', function () { return (1).toString(1); });
t('radix 37', function () { return (1).toString(37); });
t('radix undefined', function () { return (10).toString(undefined); });
t('radix 10.9', function () { return (10).toString(10.9); });
t('NaN/Infinity radix', function () { return [NaN.toString(2), Infinity.toString(16), (-Infinity).toString(36)]; });
t('large', function () { return [(2 ** 53).toString(2).length, (2 ** 60).toString(16), (1e100).toString(36).length]; });
t('tiny', function () { return [(5e-324).toString(2).length, (1e-7).toString(8)]; });
t('on non-number', function () { return Number.prototype.toString.call('1'); });
t('integers', function () { return [(123456789).toString(7), (4294967296).toString(32)]; });
