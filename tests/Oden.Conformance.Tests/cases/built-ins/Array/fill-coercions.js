function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('start/end strings', function () { return [1, 2, 3, 4].fill(0, '1', '3'); });
t('start object', function () { return [1, 2, 3].fill(9, { valueOf: function () { return -1; } }); });
t('end -Infinity', function () { return [1, 2].fill(0, 0, -Infinity); });
t('value object shared', function () { var o = {}; var a = new Array(2).fill(o); return a[0] === a[1]; });
t('coercion order', function () { var log = []; [1].fill({ valueOf: function () { log.push('v'); } }, { valueOf: function () { log.push('s'); return 0; } }, { valueOf: function () { log.push('e'); return 1; } }); return log; });
t('on array-like with length getter', function () { var n = 0; var o = { get length() { n++; return 2; } }; Array.prototype.fill.call(o, 'x'); return [n, o[0], o[1]]; });
