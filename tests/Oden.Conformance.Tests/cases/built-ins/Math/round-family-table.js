function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var xs = [-2.5, -1.5, -0.5, -0.4, 0.4, 0.5, 1.5, 2.5, 1e15 + 0.5, -1e-300];
function r(v) { return Object.is(v, -0) ? '-0' : String(v); }
t('round', function () { return xs.map(function (x) { return r(Math.round(x)); }).join(' '); });
t('floor', function () { return xs.map(function (x) { return r(Math.floor(x)); }).join(' '); });
t('ceil', function () { return xs.map(function (x) { return r(Math.ceil(x)); }).join(' '); });
t('trunc', function () { return xs.map(function (x) { return r(Math.trunc(x)); }).join(' '); });
t('sign', function () { return xs.map(function (x) { return r(Math.sign(x)); }).join(' '); });
