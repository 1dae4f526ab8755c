function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
function r(v) { return Object.is(v, -0) ? '-0' : String(v); }
var pairs = [[0, -0], [-0, 0], [NaN, 1], [1, NaN], [Infinity, -Infinity], ['3', 2], [null, -1], [undefined, 1], [[], [1]], [true, false]];
t('max', function () { return pairs.map(function (p) { return r(Math.max(p[0], p[1])); }).join(' '); });
t('min', function () { return pairs.map(function (p) { return r(Math.min(p[0], p[1])); }).join(' '); });
t('apply many', function () { var a = []; for (var i = 0; i < 1000; i++) a.push((i * 37) % 1001); return [Math.max.apply(null, a), Math.min.apply(null, a)]; });
