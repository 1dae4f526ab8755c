function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
function r(v) { return Math.round(v * 1e12) / 1e12; }
t('sin/cos/tan', function () { return [Math.sin(0), r(Math.sin(Math.PI / 6)), r(Math.cos(Math.PI / 3)), r(Math.tan(Math.PI / 4)), Math.sin(-0)]; });
t('inverse', function () { return [r(Math.asin(1)), r(Math.acos(0)), r(Math.atan(1)), Math.asin(2), r(Math.atan2(1, 1))]; });
t('hyperbolic', function () { return [Math.sinh(0), r(Math.cosh(1)), r(Math.tanh(0.5)), r(Math.asinh(1)), r(Math.acosh(2)), r(Math.atanh(0.5))]; });
t('limits', function () { return [Math.tanh(Infinity), Math.atanh(1), Math.atanh(-1), Math.acosh(0.5), Math.cosh(-Infinity)]; });
t('exp/log', function () { return [Math.exp(0), r(Math.exp(1)), Math.log(1), Math.log(0), Math.log(-1), r(Math.log(Math.E))]; });
t('log2/log10 exact', function () { return [Math.log2(1024), Math.log10(1e-5), Math.log2(0), Math.log10(-0)]; });
t('expm1/log1p small', function () { return [Math.expm1(1e-10), Math.log1p(1e-10), Math.log1p(-1), Math.expm1(-Infinity)]; });
t('sqrt', function () { return [Math.sqrt(-0), Math.sqrt(-1), Math.sqrt(Infinity), Math.sqrt(16)]; });
t('atan2 signs', function () { return [Math.atan2(0, 0), Math.atan2(-0, -0), r(Math.atan2(0, -1)), r(Math.atan2(-1, 0))]; });
