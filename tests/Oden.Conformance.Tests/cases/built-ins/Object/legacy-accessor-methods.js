function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('__defineGetter__', function () { var o = {}; o.__defineGetter__('x', function () { return 'gx'; }); var d = Object.getOwnPropertyDescriptor(o, 'x'); return [o.x, d.enumerable, d.configurable]; });
t('__defineSetter__', function () { var o = {}; var v; o.__defineSetter__('y', function (a) { v = a; }); o.y = 5; return v; });
t('__lookupGetter__', function () { var p = { get z() { return 1; } }; var o = Object.create(p); return typeof o.__lookupGetter__('z'); });
t('__lookupSetter__ missing', function () { return ({}).__lookupSetter__('q'); });
t('__lookupGetter__ data shadows', function () { var p = { get z() { return 1; } }; var o = Object.create(p); o.z2 = 1; Object.defineProperty(o, 'z', { value: 2 }); return o.__lookupGetter__('z'); });
t('__defineGetter__ non-callable', function () { return ({}).__defineGetter__('a', 1); });
t('__defineGetter__ frozen', function () { return Object.freeze({}).__defineGetter__('a', function () {}); });
t('lengths', function () { return [{}.__defineGetter__.length, {}.__defineSetter__.length, {}.__lookupGetter__.length, {}.__lookupSetter__.length]; });
t('toLocaleString', function () { return [({}).toLocaleString(), Object.prototype.toLocaleString.call(1), Object.prototype.toLocaleString.length]; });
t('toLocaleString calls toString', function () { return ({ toString: function () { return 'TS'; } }).toLocaleString(); });
