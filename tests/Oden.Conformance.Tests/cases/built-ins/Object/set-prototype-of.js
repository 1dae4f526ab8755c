function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('basic', function () { var p = { x: 1 }; var o = Object.setPrototypeOf({}, p); return o.x; });
t('returns target', function () { var o = {}; return Object.setPrototypeOf(o, null) === o; });
t('null proto', function () { return Object.getPrototypeOf(Object.setPrototypeOf({}, null)); });
t('primitive target', function () { return Object.setPrototypeOf(1, {}); });
t('undefined target', function () { return Object.setPrototypeOf(undefined, {}); });
t('bad proto', function () { return Object.setPrototypeOf({}, 1); });
t('missing proto', function () { return Object.setPrototypeOf({}); });
t('cycle', function () { var a = {}; var b = Object.create(a); return Object.setPrototypeOf(a, b); });
t('non-extensible', function () { return Object.setPrototypeOf(Object.preventExtensions({}), {}); });
t('non-extensible same', function () { var p = {}; var o = Object.preventExtensions(Object.create(p)); return Object.setPrototypeOf(o, p) === o; });
t('__proto__ setter', function () { var o = {}; o.__proto__ = Array.prototype; return Array.isArray(o) + ' ' + (o instanceof Array); });
t('__proto__ non-object ignored', function () { var o = {}; o.__proto__ = 5; return Object.getPrototypeOf(o) === Object.prototype; });
t('__proto__ getter generic', function () { var d = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__'); return [d.get.call(1) === Number.prototype, typeof d.set, d.enumerable, d.configurable]; });
t('__proto__ on null-proto object', function () { var o = Object.create(null); o.__proto__ = 1; return Object.keys(o).join(); });
t('Object.prototype immutable', function () { return Object.setPrototypeOf(Object.prototype, {}); });
t('Object.prototype null ok', function () { return Object.setPrototypeOf(Object.prototype, null) === Object.prototype; });
t('Reflect false', function () { return Reflect.setPrototypeOf(Object.prototype, {}); });
t('lengths', function () { return [Object.setPrototypeOf.length, Object.getPrototypeOf.length]; });
