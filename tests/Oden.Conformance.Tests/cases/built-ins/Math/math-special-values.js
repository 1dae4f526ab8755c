function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
function r(v) { return Object.is(v, -0) ? '-0' : v; }
t('sign', function () { return [Math.sign(-3), Math.sign(0), r(Math.sign(-0)), Math.sign(NaN), Math.sign('5')]; });
t('trunc', function () { return [Math.trunc(4.7), Math.trunc(-4.7), r(Math.trunc(-0.5)), Math.trunc(Infinity), Math.trunc('1.9')]; });
t('cbrt', function () { return [Math.cbrt(27), Math.cbrt(-8), r(Math.cbrt(-0)), Math.cbrt(Infinity)]; });
t('hypot', function () { return [Math.hypot(), Math.hypot(3, 4), Math.hypot(NaN, Infinity), Math.hypot(-Infinity, NaN), Math.hypot(1), r(Math.hypot(-0))]; });
t('hypot coercion order', function () { var log = []; Math.hypot({ valueOf: function () { log.push(1); return 1; } }, { valueOf: function () { log.push(2); return 2; } }); return log; });
t('clz32', function () { return [Math.clz32(0), Math.clz32(1), Math.clz32(-1), Math.clz32(0.5), Math.clz32(2 ** 32), Math.clz32(NaN)]; });
t('imul', function () { return [Math.imul(3, 4), Math.imul(-5, 12), Math.imul(0xffffffff, 5), Math.imul(2 ** 31, 2)]; });
t('fround', function () { return [Math.fround(5.5), Math.fround(5.05), Math.fround(2 ** 128), r(Math.fround(-0)), Math.fround(1e-50)]; });
t('max min', function () { return [Math.max(), Math.min(), r(Math.max(-0, 0)), r(Math.min(0, -0)), Math.max(1, NaN, 3), Math.min('2', 1)]; });
t('max coerces all', function () { var n = 0; Math.max(NaN, { valueOf: function () { n++; return 1; } }); return n; });
t('round', function () { return [Math.round(0.5), Math.round(-0.5), r(Math.round(-0.4)), Math.round(2.5), Math.round(-2.5), Math.round(0.49999999999999994), Math.round(2 ** 52 + 0.5)]; });
t('pow', function () { return [Math.pow(NaN, 0), Math.pow(1, Infinity), Math.pow(-8, 1 / 3), r(Math.pow(-0, 3)), Math.pow(-0, -3), 2 ** -1074, (-2) ** 2]; });
t('abs', function () { return [Math.abs(-0), Math.abs('-5'), Math.abs(null), Math.abs([]), Math.abs([-2]), Math.abs({})]; });
t('exact', function () { return [Math.sqrt(2) * Math.sqrt(2), Math.log10(1000), Math.log2(8), Math.expm1(0), Math.log1p(0), Math.atan2(0, -0), Math.atan2(-0, 0)]; });
t('ceil floor', function () { return [r(Math.ceil(-0.5)), Math.floor(-0.5), r(Math.floor(-0)), Math.ceil(Infinity)]; });
